using EduGov.Admission.Applications;
using EduGov.Admission.Domain;
using EduGov.Admission.Portal;
using EduGov.Platform.Privacy;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Admission;

/// <summary>One-time sign-in codes: six digits, a keyed hash, ten minutes, five tries, one a minute; the form model round trip.</summary>
public sealed class PortalSignInCodesTests
{
    private static readonly FieldProtector Protector = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
    private static readonly DateTime Sent = new(2026, 5, 1, 1, 0, 0, DateTimeKind.Utc);

    private static OneTimeCode Code(string code = "123456", int attempts = 0, bool used = false) => new()
    {
        PhoneLookup = "p", CodeHash = SignInCodes.Hash(Protector, "p", code), CreatedAt = Sent, ExpiresAt = Sent + SignInCodes.Lifetime, Attempts = attempts, Used = used,
    };

    [Fact]
    public void NewCode_IsSixDigits_AndVaries()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => SignInCodes.NewCode()).ToList();

        codes.ShouldAllBe(c => c.Length == 6 && c.All(char.IsAsciiDigit));
        codes.Distinct().Count().ShouldBeGreaterThan(150);
    }

    [Fact]
    public void Hash_IsKeyedByPhoneAndCode_AndNeverTheCodeItself()
    {
        var hash = SignInCodes.Hash(Protector, "p", "123456");

        hash.Length.ShouldBe(64);
        hash.ShouldNotContain("123456");
        SignInCodes.Hash(Protector, "p", "123456").ShouldBe(hash);
        SignInCodes.Hash(Protector, "q", "123456").ShouldNotBe(hash);
        SignInCodes.Hash(new FieldProtector(new byte[32]), "p", "123456").ShouldNotBe(hash);
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(1, 59)]
    [InlineData(59.2, 1)]
    [InlineData(60, 0)]
    [InlineData(3600, 0)]
    public void SecondsToWait_CountsDownTheMinute(double secondsSince, int expected) =>
        SignInCodes.SecondsToWait(Sent, Sent.AddSeconds(secondsSince)).ShouldBe(expected);

    [Fact]
    public void SecondsToWait_IsZero_ForAPhoneWithoutCodes() => SignInCodes.SecondsToWait(null, Sent).ShouldBe(0);

    [Fact]
    public void Check_AcceptsTheRightCode_WithinTenMinutes()
    {
        SignInCodes.Check(Code(), SignInCodes.Hash(Protector, "p", "123456"), Sent.AddMinutes(9.9)).ShouldBe(SignInCodes.Outcome.Correct);
        SignInCodes.Check(Code(), SignInCodes.Hash(Protector, "p", "123457"), Sent.AddMinutes(1)).ShouldBe(SignInCodes.Outcome.Wrong);
    }

    [Fact]
    public void Check_RefusesExpiredLockedUsedAndMissingCodes()
    {
        var right = SignInCodes.Hash(Protector, "p", "123456");

        SignInCodes.Check(Code(), right, Sent.AddMinutes(10)).ShouldBe(SignInCodes.Outcome.Expired);
        SignInCodes.Check(Code(attempts: SignInCodes.MaxAttempts), right, Sent.AddMinutes(1)).ShouldBe(SignInCodes.Outcome.Locked);
        SignInCodes.Check(Code(attempts: SignInCodes.MaxAttempts - 1), right, Sent.AddMinutes(1)).ShouldBe(SignInCodes.Outcome.Correct);
        SignInCodes.Check(Code(used: true), right, Sent.AddMinutes(1)).ShouldBe(SignInCodes.Outcome.Missing);
        SignInCodes.Check(null, right, Sent).ShouldBe(SignInCodes.Outcome.Missing);
    }

    [Fact]
    public void Message_SaysWhatToDo_InChinese()
    {
        SignInCodes.Message(SignInCodes.Outcome.Wrong, 3).ShouldBe("验证码错误，还可以再试 3 次。");
        SignInCodes.Message(SignInCodes.Outcome.Wrong, 0).ShouldBe("验证码错误次数过多，请重新获取。");
        SignInCodes.Message(SignInCodes.Outcome.Expired, 0).ShouldBe("验证码已过期，请重新获取。");
        SignInCodes.Message(SignInCodes.Outcome.Missing, 0).ShouldBe("请先获取验证码。");
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("１３８ １２３４ ５６７８", true)]
    [InlineData("+8613812345678", true)]
    [InlineData("021-58881234", false)]
    [InlineData("1381234567", false)]
    [InlineData("", false)]
    public void Mobile_TakesOnlyMainlandMobiles(string input, bool valid) => SignInCodes.Mobile(input).IsValid.ShouldBe(valid);

    [Fact]
    public void FormModel_RoundTripsAnInput_AndNamesUnreadableFields()
    {
        var school = Guid.CreateVersion7();
        var input = new ApplicationInput
        {
            ChildName = "林小雨", IdNumber = "310115201905120027", Sex = EduGov.Standards.Sex.Female, BirthDate = new DateOnly(2019, 5, 12),
            GuardianName = "林建国", GuardianPhone = "13812345678", LocalHukou = true, HukouAddress = "张杨路100号", HukouSince = new DateOnly(2019, 6, 1),
            HukouRelation = Relation.Grandparent, LivingAddress = "张杨路100号", Kind = ApplicationKind.Private, PrivateChoices = [school],
        };
        var form = ApplicationFormModel.From(input);
        form.Confirmed = true;

        var (read, problems) = form.ToInput();
        problems.ShouldBeEmpty();
        read.PrivateChoices.ShouldBe([school]);
        (read with { PrivateChoices = input.PrivateChoices }).ShouldBe(input);

        form.HukouSince = "2019年6月";
        form.ResidencePoints = "一百";
        form.HasResidencePermit = true;
        form.Kind = "";
        form.Confirmed = false;
        var (_, bad) = form.ToInput();
        bad.Keys.ShouldBe(["Kind", ApplicationFormModel.ConfirmedField, "HukouSince", "ResidencePoints"], ignoreOrder: true);
    }
}

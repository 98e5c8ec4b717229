using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using EduGov.Admission.Data;
using EduGov.Admission.Portal;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Xunit;

namespace EduGov.IntegrationTests.Admission;

/// <summary>
/// Parent sign-in by phone and one-time code through the real development text sender, whose log line carries the code:
/// one code a minute, five tries, ten minutes, an account on first success, audited.
/// </summary>
public sealed partial class PortalSignInTests
{
    private const string Phone = "13812345678";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_SendsACode_RefusesWrongOnes_AndCreatesTheAccountOnSuccess(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var texts = TextMessageCapture.Attach(harness);

        var sent = await SendAsync(harness, "138 1234 5678");
        var wrong = await Should.ThrowAsync<InvalidInputException>(() => VerifyAsync(harness, Phone, Other(texts.LastCode)));
        var tooSoon = await Should.ThrowAsync<ConflictException>(() => SendAsync(harness, Phone));
        harness.Clock.Advance(TimeSpan.FromSeconds(20));
        var stillTooSoon = await Should.ThrowAsync<ConflictException>(() => SendAsync(harness, Phone));
        var first = await VerifyAsync(harness, Phone, texts.LastCode);
        var reused = await Should.ThrowAsync<InvalidInputException>(() => VerifyAsync(harness, Phone, texts.LastCode));
        harness.Clock.Advance(TimeSpan.FromSeconds(41));
        await SendAsync(harness, Phone);
        var again = await VerifyAsync(harness, "+86 13812345678", texts.LastCode);

        sent.PhoneMasked.ShouldBe("138****5678");
        texts.Lines[0].ShouldContain("138****5678");
        texts.Lines[0].ShouldContain("您的招生报名验证码是");
        texts.Lines.ShouldAllBe(l => !l.Contains(Phone, StringComparison.Ordinal));
        wrong.Errors["Code"].ShouldBe(["验证码错误，还可以再试 4 次。"]);
        tooSoon.Message.ShouldBe("请 60 秒后再获取验证码。");
        stillTooSoon.Message.ShouldBe("请 40 秒后再获取验证码。");
        reused.Errors["Code"].ShouldBe(["请先获取验证码。"]);
        (first.Created, again.Created, again.ParentId).ShouldBe((true, false, first.ParentId));
        var user = EduGovClaims.ToCurrentUser(first.Principal, harness.Catalog);
        (user.Id, user.Role, user.Name, user.Scope.Kind).ShouldBe((first.ParentId, Role.Parent, "138****5678", ScopeKind.Self));
        user.Has(EduGov.Admission.AdmissionPermissions.Apply).ShouldBeTrue();
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<AdmissionDbContext>>().CreateDbContextAsync();
        var account = await db.Parents.AsNoTracking().SingleAsync();
        (account.Id, account.PhoneMasked, account.LastSignInAt).ShouldBe((first.ParentId, "138****5678", harness.Clock.GetUtcNow().UtcDateTime));
        account.PhoneCipher.ShouldNotContain(Phone);
        (await db.OneTimeCodes.AsNoTracking().ToListAsync()).ShouldAllBe(c => c.CodeHash.Length == 64 && !c.CodeHash.Contains(texts.LastCode));
        await using var platform = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        var audit = await platform.AuditEvents.AsNoTracking().Where(e => e.Module == AdmissionDbContext.Module).ToListAsync();
        audit.Count(e => e.Action == AuditActions.SignIn).ShouldBe(2);
        audit.Count(e => e.Action == AuditActions.SignInFailed).ShouldBe(2);
        audit.Where(e => e.EntityType == nameof(EduGov.Admission.Domain.OneTimeCode)).ShouldAllBe(e => e.Changes == null || !e.Changes.Contains("CodeHash"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_CodeExpiresAfterTenMinutes_AndLocksAfterFiveWrongTries(string provider)
    {
        await using var harness = await PlatformHarness.StartAsync(provider);
        var texts = TextMessageCapture.Attach(harness);

        await SendAsync(harness, Phone);
        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        var expired = await Should.ThrowAsync<InvalidInputException>(() => VerifyAsync(harness, Phone, texts.LastCode));
        await SendAsync(harness, Phone);
        var messages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            messages.Add((await Should.ThrowAsync<InvalidInputException>(() => VerifyAsync(harness, Phone, Other(texts.LastCode)))).Message);
        }

        var locked = await Should.ThrowAsync<InvalidInputException>(() => VerifyAsync(harness, Phone, texts.LastCode));
        var landline = await Should.ThrowAsync<InvalidInputException>(() => SendAsync(harness, "021-58881234"));

        expired.Message.ShouldBe("验证码已过期，请重新获取。");
        messages.ShouldBe(["验证码错误，还可以再试 4 次。", "验证码错误，还可以再试 3 次。", "验证码错误，还可以再试 2 次。", "验证码错误，还可以再试 1 次。", "验证码错误次数过多，请重新获取。"]);
        locked.Message.ShouldBe("验证码错误次数过多，请重新获取。");
        landline.Errors["Phone"].ShouldBe(["请填写 11 位手机号，验证码将以短信发送"]);
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<AdmissionDbContext>>().CreateDbContextAsync();
        (await db.Parents.CountAsync()).ShouldBe(0);
    }

    private static Task<SendSignInCode.Result> SendAsync(PlatformHarness harness, string phone) =>
        harness.AsAsync<SendSignInCode.Handler, SendSignInCode.Result>(CurrentUser.Anonymous, h => h.HandleAsync(new SendSignInCode.Command(phone)));

    private static Task<VerifySignInCode.Result> VerifyAsync(PlatformHarness harness, string phone, string code) =>
        harness.AsAsync<VerifySignInCode.Handler, VerifySignInCode.Result>(CurrentUser.Anonymous, h => h.HandleAsync(new VerifySignInCode.Command(phone, code)));

    private static string Other(string code) => code == "000000" ? "111111" : "000000";
}

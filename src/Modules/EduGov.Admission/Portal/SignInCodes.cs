using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EduGov.Admission.Domain;
using EduGov.Platform.Privacy;
using EduGov.Standards;

namespace EduGov.Admission.Portal;

/// <summary>How a one-time sign-in code behaves: six random digits, a keyed hash stored, ten minutes, five tries, one per minute.</summary>
public static class SignInCodes
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(60);

    public enum Outcome
    {
        Correct = 1,
        Missing = 2,
        Expired = 3,
        Locked = 4,
        Wrong = 5,
    }

    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Keyed with the server's look-up key, so that a copy of the database alone does not give the codes away.</summary>
    public static string Hash(FieldProtector protector, string phoneLookup, string code) =>
        protector.LookupKey($"edugov/sign-in-code|{phoneLookup}|{code}");

    /// <summary>Whole seconds until a new code may be sent to the phone; 0 when it may be sent now.</summary>
    public static int SecondsToWait(DateTime? lastSentAt, DateTime now)
    {
        if (lastSentAt is not { } last || now - last >= ResendAfter)
        {
            return 0;
        }

        return (int)Math.Ceiling((ResendAfter - (now - last)).TotalSeconds);
    }

    public static Outcome Check(OneTimeCode? code, string hash, DateTime now)
    {
        if (code is null || code.Used)
        {
            return Outcome.Missing;
        }

        if (now >= code.ExpiresAt)
        {
            return Outcome.Expired;
        }

        if (code.Attempts >= MaxAttempts)
        {
            return Outcome.Locked;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(code.CodeHash), Encoding.ASCII.GetBytes(hash)) ? Outcome.Correct : Outcome.Wrong;
    }

    /// <summary>The Chinese message for a refused code; <paramref name="attemptsLeft"/> counts after this attempt.</summary>
    public static string Message(Outcome outcome, int attemptsLeft) => outcome switch
    {
        Outcome.Missing => "请先获取验证码。",
        Outcome.Expired => "验证码已过期，请重新获取。",
        Outcome.Wrong when attemptsLeft > 0 => $"验证码错误，还可以再试 {attemptsLeft} 次。",
        _ => "验证码错误次数过多，请重新获取。",
    };

    /// <summary>An 11-digit mainland mobile number (codes go by text message), or the Chinese reason it is not one.</summary>
    public static ValidationResult Mobile(string? input)
    {
        var phone = PhoneNumber.Validate(input);
        return !phone.IsValid ? phone
            : phone.Value!.Length == 11 && phone.Value[0] == '1' ? phone
            : ValidationResult.Fail("请填写 11 位手机号，验证码将以短信发送");
    }
}

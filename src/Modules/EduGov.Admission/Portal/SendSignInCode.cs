using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Messaging;
using EduGov.Platform.Privacy;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Portal;

/// <summary>获取验证码: sends a new one-time sign-in code to a parent's mobile phone by text message, at most one a minute.</summary>
public static class SendSignInCode
{
    public sealed record Command(string Phone);

    public sealed record Result(string PhoneMasked, DateTime ExpiresAt);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, FieldProtector protector, ITextMessageSender sender, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var phone = SignInCodes.Mobile(command.Phone);
            if (!phone.IsValid)
            {
                throw new InvalidInputException(nameof(Command.Phone), phone.Error ?? "");
            }

            var number = phone.Value!;
            var lookup = protector.LookupKey(number);
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var lastSentAt = await db.OneTimeCodes.Where(c => c.PhoneLookup == lookup).OrderByDescending(c => c.CreatedAt).Select(c => (DateTime?)c.CreatedAt).FirstOrDefaultAsync(ct);
            var wait = SignInCodes.SecondsToWait(lastSentAt, now);
            if (wait > 0)
            {
                throw new ConflictException($"请 {wait} 秒后再获取验证码。");
            }

            var code = SignInCodes.NewCode();
            var entry = new OneTimeCode { PhoneLookup = lookup, CreatedAt = now, ExpiresAt = now + SignInCodes.Lifetime };
            entry.CodeHash = SignInCodes.Hash(protector, lookup, code);
            db.OneTimeCodes.Add(entry);
            await db.SaveChangesAsync(ct);
            var signature = (await registry.BureauAsync(ct))?.Name is { Length: > 0 } bureau ? bureau : "区教育局";
            await sender.SendAsync(number, $"【{signature}】您的招生报名验证码是 {code}，{SignInCodes.Lifetime.TotalMinutes:0} 分钟内有效。请勿告诉他人。", ct);
            return new Result(Masking.Phone(number), entry.ExpiresAt);
        }
    }
}

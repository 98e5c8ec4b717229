using System.Security.Claims;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Portal;

/// <summary>
/// 验证码登录: checks a parent's one-time code and finds or creates their portal account. The page then signs them in
/// with <see cref="Result.Principal"/> under <see cref="ParentSignIn.Scheme"/>. Every success and failure is audited.
/// </summary>
public static class VerifySignInCode
{
    public sealed record Command(string Phone, string Code);

    public sealed record Result(Guid ParentId, string PhoneMasked, bool Created)
    {
        /// <summary>Exactly the claims <see cref="EduGovClaims.ToCurrentUser"/> reads: a parent acting for themselves.</summary>
        public ClaimsPrincipal Principal => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, ParentId.ToString()),
            new Claim(EduGovClaims.Role, nameof(Role.Parent)),
            new Claim(EduGovClaims.ScopeKind, nameof(ScopeKind.Self)),
            new Claim(EduGovClaims.DisplayName, PhoneMasked),
        ], ParentSignIn.Scheme));
    }

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, FieldProtector protector, AuditLog audit, TimeProvider clock)
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
            var masked = Masking.Phone(number);
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var code = await db.OneTimeCodes.Where(c => c.PhoneLookup == lookup).OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);
            var outcome = SignInCodes.Check(code, SignInCodes.Hash(protector, lookup, DigitNormalizer.Normalize(command.Code)), now);
            if (outcome != SignInCodes.Outcome.Correct)
            {
                throw await RefuseAsync(db, code, outcome, masked, ct);
            }

            code!.Used = true;
            var account = await db.Parents.FirstOrDefaultAsync(p => p.PhoneLookup == lookup, ct);
            var created = account is null;
            if (account is null)
            {
                var protectedPhone = protector.Protect(number, Masking.Phone);
                account = new ParentAccount { PhoneCipher = protectedPhone.Cipher, PhoneLookup = protectedPhone.Lookup, PhoneMasked = protectedPhone.Masked, CreatedAt = now };
                db.Parents.Add(account);
            }

            account.LastSignInAt = now;
            var actor = new CurrentUser(account.Id, masked, Role.Parent, OrgScope.None, new HashSet<string>());
            using (CurrentUserAccessor.Use(actor))
            {
                await db.SaveChangesAsync(ct);
            }

            await audit.RecordAsync(AuditActions.SignIn, AdmissionDbContext.Module, nameof(ParentAccount), account.Id.ToString(), created ? "家长首次登录，已创建账号" : null, actor, ct);
            return new Result(account.Id, masked, created);
        }

        /// <summary>Counts a wrong code against its attempts, audits the failure and gives the reason to show.</summary>
        private async Task<InvalidInputException> RefuseAsync(AdmissionDbContext db, OneTimeCode? code, SignInCodes.Outcome outcome, string masked, CancellationToken ct)
        {
            var attemptsLeft = 0;
            if (outcome == SignInCodes.Outcome.Wrong)
            {
                code!.Attempts++;
                attemptsLeft = SignInCodes.MaxAttempts - code.Attempts;
                await db.SaveChangesAsync(ct);
            }

            var message = SignInCodes.Message(outcome, attemptsLeft);
            await audit.RecordAsync(AuditActions.SignInFailed, AdmissionDbContext.Module, nameof(ParentAccount), "", $"家长 {masked}：{message}", CurrentUser.Anonymous, ct);
            return new InvalidInputException(nameof(Command.Code), message);
        }
    }
}

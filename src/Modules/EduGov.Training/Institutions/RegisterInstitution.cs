using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>
/// An officer registers an institution that already exists (with its permit when it is licensed) or edits its profile.
/// </summary>
public static class RegisterInstitution
{
    /// <summary>The permit of an institution licensed before the platform; all four fields or none.</summary>
    public sealed record ExistingPermit(string Number, string Scope, DateOnly IssuedOn, DateOnly ValidUntil);

    public sealed record Command(InstitutionFacts Facts, ExistingPermit? Permit);

    public sealed record Edit(Guid Id, InstitutionFacts Facts);

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, InstitutionFacts.Validator validator, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Manage);
            await validator.EnsureValidAsync(command.Facts, ct);
            ValidatePermit(command.Permit);
            await using var db = await contexts.CreateDbContextAsync(ct);
            await InstitutionFactsWriter.EnsureCreditCodeFreeAsync(db, command.Facts.NormalizedCreditCode, null, ct);
            var zone = await InstitutionFactsWriter.ZoneNameAsync(registry, command.Facts.ZoneId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var institution = new TrainingInstitution { CreatedAt = now, CreditScore = 1000 };
            InstitutionFactsWriter.Apply(institution, command.Facts, zone, now);
            db.Institutions.Add(institution);
            if (command.Permit is { } permit)
            {
                institution.Status = permit.ValidUntil >= ChinaTime.Today(clock) ? InstitutionStatus.Licensed : InstitutionStatus.Applying;
                db.Permits.Add(new SchoolPermit
                {
                    InstitutionId = institution.Id, Number = permit.Number.Trim(), Scope = permit.Scope.Trim(), Address = institution.Address,
                    IssuedOn = permit.IssuedOn, ValidUntil = permit.ValidUntil, CreatedAt = now,
                    Status = permit.ValidUntil >= ChinaTime.Today(clock) ? PermitStatus.Valid : PermitStatus.Expired,
                });
            }

            await db.SaveChangesAsync(ct);
            return institution.Id;
        }

        public async Task EditAsync(Edit command, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Manage);
            await validator.EnsureValidAsync(command.Facts, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await InstitutionFactsWriter.FindAsync(db, command.Id, ct);
            await InstitutionFactsWriter.EnsureCreditCodeFreeAsync(db, command.Facts.NormalizedCreditCode, institution.Id, ct);
            var zone = await InstitutionFactsWriter.ZoneNameAsync(registry, command.Facts.ZoneId, ct);
            InstitutionFactsWriter.Apply(institution, command.Facts, zone, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }

        private static void ValidatePermit(ExistingPermit? permit)
        {
            if (permit is null)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(permit.Number) || permit.Number.Trim().Length > 50)
            {
                throw new InvalidInputException("Permit.Number", "请填写办学许可证编号（不超过 50 个字符）");
            }

            if (string.IsNullOrWhiteSpace(permit.Scope) || permit.Scope.Trim().Length > 500)
            {
                throw new InvalidInputException("Permit.Scope", "请填写办学范围（不超过 500 个字）");
            }

            if (permit.ValidUntil <= permit.IssuedOn)
            {
                throw new InvalidInputException("Permit.ValidUntil", "许可证有效期截止日应晚于发证日期");
            }
        }
    }
}

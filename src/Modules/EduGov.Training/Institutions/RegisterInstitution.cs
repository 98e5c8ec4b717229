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
    public sealed record ExistingPermit(string Number, string Scope, DateOnly IssuedOn, DateOnly ValidUntil)
    {
        public const int MaxNumberLength = 50;
        public const int MaxScopeLength = 500;

        /// <summary>What keeps the permit from being registered, by field; empty when it may be. The form and the import both ask this.</summary>
        public IReadOnlyList<(string Field, string Message)> Problems(DateOnly today)
        {
            var problems = new List<(string Field, string Message)>();
            if (string.IsNullOrWhiteSpace(Number) || Number.Trim().Length > MaxNumberLength)
            {
                problems.Add((nameof(Number), $"请填写办学许可证编号（不超过 {MaxNumberLength} 个字符）"));
            }

            if (string.IsNullOrWhiteSpace(Scope) || Scope.Trim().Length > MaxScopeLength)
            {
                problems.Add((nameof(Scope), $"请填写办学范围（不超过 {MaxScopeLength} 个字）"));
            }

            if (IssuedOn > today)
            {
                problems.Add((nameof(IssuedOn), "发证日期不能晚于今天"));
            }

            if (ValidUntil <= IssuedOn)
            {
                problems.Add((nameof(ValidUntil), "许可证有效期截止日应晚于发证日期"));
            }

            return problems;
        }
    }

    public sealed record Command(InstitutionFacts Facts, ExistingPermit? Permit);

    public sealed record Edit(Guid Id, InstitutionFacts Facts);

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, InstitutionFacts.Validator validator, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Manage);
            await validator.EnsureValidAsync(command.Facts, ct);
            ValidatePermit(command.Permit, ChinaTime.Today(clock));
            await using var db = await contexts.CreateDbContextAsync(ct);
            await InstitutionFactsWriter.EnsureCreditCodeFreeAsync(db, command.Facts.NormalizedCreditCode, null, ct);
            if (command.Permit is { } permit)
            {
                await EnsurePermitNumberFreeAsync(db, permit.Number.Trim(), ct);
            }

            var zone = await InstitutionFactsWriter.ZoneNameAsync(registry, command.Facts.ZoneId, ct);
            var institution = Add(db, command.Facts, zone, command.Permit, clock.GetUtcNow().UtcDateTime, ChinaTime.Today(clock));
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

        private static void ValidatePermit(ExistingPermit? permit, DateOnly today)
        {
            if (permit?.Problems(today) is [var (field, message), ..])
            {
                throw new InvalidInputException($"Permit.{field}", message);
            }
        }
    }

    /// <summary>
    /// Adds a registered institution and, when it has one, its permit: licensed while the permit is valid today, otherwise
    /// still applying with the permit kept as expired. Shared by the form and the Excel import so both write the same records.
    /// </summary>
    internal static TrainingInstitution Add(TrainingDbContext db, InstitutionFacts facts, string zoneName, ExistingPermit? permit, DateTime now, DateOnly today)
    {
        var institution = new TrainingInstitution { CreatedAt = now, CreditScore = 1000 };
        InstitutionFactsWriter.Apply(institution, facts, zoneName, now);
        db.Institutions.Add(institution);
        if (permit is not null)
        {
            var valid = permit.ValidUntil >= today;
            institution.Status = valid ? InstitutionStatus.Licensed : InstitutionStatus.Applying;
            db.Permits.Add(new SchoolPermit
            {
                InstitutionId = institution.Id, Number = permit.Number.Trim(), Scope = permit.Scope.Trim(), Address = institution.Address,
                IssuedOn = permit.IssuedOn, ValidUntil = permit.ValidUntil, CreatedAt = now, Status = valid ? PermitStatus.Valid : PermitStatus.Expired,
            });
        }

        return institution;
    }

    /// <summary>A permit number names one institution's permit; a new institution may not bring another's.</summary>
    internal static async Task EnsurePermitNumberFreeAsync(TrainingDbContext db, string number, CancellationToken ct)
    {
        var holder = await db.Permits.Where(p => p.Number == number)
            .Select(p => db.Institutions.Where(i => i.Id == p.InstitutionId).Select(i => i.Name).First()).FirstOrDefaultAsync(ct);
        if (holder is not null)
        {
            throw new ConflictException(PermitNumberTaken(number, holder));
        }
    }

    internal static string PermitNumberTaken(string number, string holder) => $"办学许可证编号 {number} 已登记在“{holder}”名下，不能重复登记。";
}

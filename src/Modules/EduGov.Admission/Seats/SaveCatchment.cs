using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Seats;

/// <summary>Adds (no <see cref="Command.Id"/>) or changes a catchment rule of a public primary or junior school in scope.</summary>
public static class SaveCatchment
{
    public sealed record Command(Guid? Id, Guid SchoolId, string Street, int? FromNumber, int? ToNumber, HouseNumberParity Parity, string Estate, string? Note = null)
    {
        internal CatchmentRules.Values Values => new(Street ?? "", FromNumber, ToNumber, Parity, Estate ?? "", Note ?? "");
    }

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, AdmissionScope scope, CurrentUserAccessor users)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Manage);
            CatchmentRules.Validate(command.Values);
            var school = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == command.SchoolId) ?? throw new NotFoundException("学校不存在。");
            if (CatchmentRules.Refusal(school) is { } refusal)
            {
                throw new InvalidInputException(nameof(Command.SchoolId), refusal);
            }

            await scope.DemandSchoolAsync(user, school.Id, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rule = await LoadOrAddAsync(db, command.Id, user, ct);
            Apply(rule, school.Id, command.Values);
            if (await IsDuplicateAsync(db, rule, ct))
            {
                throw new ConflictException($"{school.Name}已有相同的地段规则：{CatchmentRules.Describe(rule)}");
            }

            await db.SaveChangesAsync(ct);
            return rule.Id;
        }

        private async Task<CatchmentRule> LoadOrAddAsync(AdmissionDbContext db, Guid? id, CurrentUser user, CancellationToken ct)
        {
            if (id is null)
            {
                return db.Catchments.Add(new CatchmentRule()).Entity;
            }

            var rule = await db.Catchments.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("没有找到该地段规则。");
            await scope.DemandSchoolAsync(user, rule.SchoolId, ct);
            return rule;
        }

        private static Task<bool> IsDuplicateAsync(AdmissionDbContext db, CatchmentRule rule, CancellationToken ct) =>
            db.Catchments.AnyAsync(r => r.Id != rule.Id && r.SchoolId == rule.SchoolId && r.Street == rule.Street && r.FromNumber == rule.FromNumber
                && r.ToNumber == rule.ToNumber && r.Parity == rule.Parity && r.Estate == rule.Estate, ct);
    }

    internal static void Apply(CatchmentRule rule, Guid schoolId, CatchmentRules.Values values)
    {
        rule.SchoolId = schoolId;
        rule.Street = values.Street.Trim();
        rule.FromNumber = values.FromNumber;
        rule.ToNumber = values.ToNumber;
        rule.Parity = values.Parity;
        rule.Estate = values.Estate.Trim();
        rule.Note = values.Note.Trim();
    }
}

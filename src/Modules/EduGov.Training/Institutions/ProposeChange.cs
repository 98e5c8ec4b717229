using System.Text.Json;
using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>The institution proposes a change to its own record; nothing changes until an officer approves it.</summary>
public static class ProposeChange
{
    /// <summary>Exactly the payload of <see cref="Kind"/> is read; <see cref="TargetId"/> names the record changed (null adds one).</summary>
    public sealed record Command(ChangeKind Kind, Guid? TargetId)
    {
        public InstitutionFacts? Profile { get; init; }
        public VenueValues? Venue { get; init; }
        public StaffValues? Staff { get; init; }
        public CourseValues? Course { get; init; }
        public AccountValues? Account { get; init; }
    }

    internal sealed class Handler(
        IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, InstitutionFacts.Validator validator, IRegistryDirectory registry,
        FieldProtector protector, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var institutionId = TrainingScope.DemandOwn(user);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await InstitutionFactsWriter.FindAsync(db, institutionId, ct);
            var target = command.Kind == ChangeKind.Profile ? null : command.TargetId;
            if (await db.ChangeRequests.AnyAsync(c => c.InstitutionId == institutionId && c.Kind == command.Kind && c.TargetId == target && c.Status == ChangeStatus.Pending, ct))
            {
                throw new ConflictException("同一项内容已有待审核的变更申请，请等待审核结果后再提交。");
            }

            var (json, summary) = command.Kind switch
            {
                ChangeKind.Profile => await ProfileAsync(db, institution, command.Profile, ct),
                ChangeKind.Venue => await VenueAsync(db, institutionId, command, ct),
                ChangeKind.Staff => await StaffAsync(db, institution, command, ct),
                ChangeKind.Course => await CourseAsync(db, institutionId, command, ct),
                ChangeKind.Account => await AccountAsync(db, institutionId, command, ct),
                _ => throw new InvalidInputException(nameof(Command.Kind), "不支持的变更类型"),
            };
            var change = new ChangeRequest
            {
                InstitutionId = institutionId, Kind = command.Kind, TargetId = target,
                ProposedJson = json, Summary = summary, SubmittedBy = user.Name, SubmittedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.ChangeRequests.Add(change);
            await db.SaveChangesAsync(ct);
            return change.Id;
        }

        private async Task<(string, string)> ProfileAsync(TrainingDbContext db, TrainingInstitution institution, InstitutionFacts? facts, CancellationToken ct)
        {
            var proposed = facts ?? throw new InvalidInputException(nameof(Command.Profile), "请填写机构信息");
            await validator.EnsureValidAsync(proposed, ct);
            await InstitutionFactsWriter.EnsureCreditCodeFreeAsync(db, proposed.NormalizedCreditCode, institution.Id, ct);
            var zone = await InstitutionFactsWriter.ZoneNameAsync(registry, proposed.ZoneId, ct);
            var summary = proposed.DescribeChangesFrom(InstitutionFacts.Of(institution), zone, institution.ZoneName);
            if (summary.Length == 0)
            {
                throw new InvalidInputException(nameof(Command.Profile), "与现有信息相比没有任何变化，无需提交");
            }

            return (JsonSerializer.Serialize(proposed), summary);
        }

        private static async Task<(string, string)> VenueAsync(TrainingDbContext db, Guid institutionId, Command command, CancellationToken ct)
        {
            var values = command.Venue ?? throw new InvalidInputException(nameof(Command.Venue), "请填写场所信息");
            ChangePayloads.Validate(values);
            var old = command.TargetId is { } id ? await Target(db.Venues, v => v.Id == id && v.InstitutionId == institutionId, ct) : null;
            return (JsonSerializer.Serialize(values), ChangePayloads.Describe(old, values));
        }

        private async Task<(string, string)> StaffAsync(TrainingDbContext db, TrainingInstitution institution, Command command, CancellationToken ct)
        {
            var values = command.Staff ?? throw new InvalidInputException(nameof(Command.Staff), "请填写人员信息");
            ChangePayloads.ValidateStaffBasics(values);
            var old = command.TargetId is { } id ? await Target(db.Staff, s => s.Id == id && s.InstitutionId == institution.Id, ct) : null;
            var stored = Protect(values, old);
            await StaffChecks.EnsureAllowedAsync(db, registry, institution, old?.Id, stored, ct);
            return (JsonSerializer.Serialize(stored), ChangePayloads.Describe(old, stored));
        }

        private StoredStaff Protect(StaffValues values, InstitutionStaff? old)
        {
            if (string.IsNullOrWhiteSpace(values.IdNumber) && old is not null)
            {
                return new StoredStaff(values.Name.Trim(), old.IdNumberCipher, old.IdNumberLookup, old.IdNumberMasked, values.Teaches, values.Subjects.Trim(),
                    values.QualificationNumber.Trim(), values.HiredOn, values.LeftOn);
            }

            var parsed = IdNumber.Parse(values.IdNumber, Platform.Localization.ChinaTime.Today(clock));
            if (!parsed.IsValid)
            {
                throw new InvalidInputException("Staff.IdNumber", parsed.Error);
            }

            var id = protector.Protect(parsed.Value, Masking.IdNumber);
            return new StoredStaff(values.Name.Trim(), id.Cipher, id.Lookup, id.Masked, values.Teaches, values.Subjects.Trim(), values.QualificationNumber.Trim(), values.HiredOn, values.LeftOn);
        }

        private static async Task<(string, string)> CourseAsync(TrainingDbContext db, Guid institutionId, Command command, CancellationToken ct)
        {
            var values = command.Course ?? throw new InvalidInputException(nameof(Command.Course), "请填写课程信息");
            ChangePayloads.Validate(values);
            var old = command.TargetId is { } id ? await Target(db.Courses, c => c.Id == id && c.InstitutionId == institutionId, ct) : null;
            return (JsonSerializer.Serialize(values), ChangePayloads.Describe(old, values));
        }

        private static async Task<(string, string)> AccountAsync(TrainingDbContext db, Guid institutionId, Command command, CancellationToken ct)
        {
            var values = command.Account ?? throw new InvalidInputException(nameof(Command.Account), "请填写账户信息");
            ChangePayloads.Validate(values);
            var old = command.TargetId is { } id ? await Target(db.FundAccounts, a => a.Id == id && a.InstitutionId == institutionId, ct) : null;
            return (JsonSerializer.Serialize(values), ChangePayloads.Describe(old, values));
        }

        private static async Task<T> Target<T>(IQueryable<T> set, System.Linq.Expressions.Expression<Func<T, bool>> match, CancellationToken ct)
            where T : class =>
            await set.AsNoTracking().FirstOrDefaultAsync(match, ct) ?? throw new NotFoundException("要变更的记录不存在或不属于本机构。");
    }
}

/// <summary>The rules on who may work for an institution, checked when a change is proposed and again when it is approved.</summary>
internal static class StaffChecks
{
    public static async Task EnsureAllowedAsync(
        TrainingDbContext db, IRegistryDirectory registry, TrainingInstitution institution, Guid? staffId, StoredStaff staff, CancellationToken ct)
    {
        if (InstitutionRules.QualificationProblem(institution.Kind, staff.Teaches, staff.QualificationNumber) is { } problem)
        {
            throw new InvalidInputException("Staff.QualificationNumber", problem);
        }

        if (staff.LeftOn is null && await registry.IsServingStaffAsync(staff.IdNumberLookup, ct))
        {
            throw new ConflictException($"{staff.IdNumberMasked}：{InstitutionRules.ServingTeacher}。");
        }

        var twin = await db.Staff.AnyAsync(s => s.InstitutionId == institution.Id && s.IdNumberLookup == staff.IdNumberLookup && s.Id != staffId && s.LeftOn == null, ct);
        if (twin)
        {
            throw new ConflictException($"证件号码 {staff.IdNumberMasked} 的人员已在本机构在职名单中。");
        }
    }
}

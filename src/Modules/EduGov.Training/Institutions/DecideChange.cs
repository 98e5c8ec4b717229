using System.Text.Json;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>
/// An officer approves a proposed change (applied in the same transaction as the decision) or returns it with a reason,
/// which leaves the record as it was. An approved venue change also raises a 培训场所变更 alert for the funds officers.
/// </summary>
public static class DecideChange
{
    public sealed record Command(Guid ChangeId, bool Approve, string Reason);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Manage);
            if (!command.Approve && string.IsNullOrWhiteSpace(command.Reason))
            {
                throw new InvalidInputException(nameof(Command.Reason), "退回时请写明理由");
            }

            if (command.Reason.Trim().Length > 500)
            {
                throw new InvalidInputException(nameof(Command.Reason), "理由不超过 500 个字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var change = await db.ChangeRequests.FirstOrDefaultAsync(c => c.Id == command.ChangeId, ct) ?? throw new NotFoundException("变更申请不存在。");
            if (change.Status != ChangeStatus.Pending)
            {
                throw new ConflictException($"该变更申请{InstitutionsNames.Of(change.Status)}，不能再次审核。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (command.Approve)
            {
                var institution = await InstitutionFactsWriter.FindAsync(db, change.InstitutionId, ct);
                await ApplyAsync(db, institution, change, now, ct);
            }

            change.Status = command.Approve ? ChangeStatus.Approved : ChangeStatus.Returned;
            change.Reason = command.Reason.Trim();
            change.DecidedBy = user.Name;
            change.DecidedAt = now;
            await db.SaveChangesAsync(ct);
        }

        private async Task ApplyAsync(TrainingDbContext db, TrainingInstitution institution, ChangeRequest change, DateTime now, CancellationToken ct)
        {
            switch (change.Kind)
            {
                case ChangeKind.Profile:
                    var facts = Read<InstitutionFacts>(change);
                    await InstitutionFactsWriter.EnsureCreditCodeFreeAsync(db, facts.NormalizedCreditCode, institution.Id, ct);
                    InstitutionFactsWriter.Apply(institution, facts, await InstitutionFactsWriter.ZoneNameAsync(registry, facts.ZoneId, ct), now);
                    break;
                case ChangeKind.Venue:
                    await ApplyVenueAsync(db, institution, change, Read<VenueValues>(change), now, ct);
                    break;
                case ChangeKind.Staff:
                    await ApplyStaffAsync(db, institution, change, Read<StoredStaff>(change), now, ct);
                    break;
                case ChangeKind.Course:
                    ApplyCourse(await TargetOrNewAsync(db.Courses, change, () => new Course { InstitutionId = institution.Id, CreatedAt = now }, ct), Read<CourseValues>(change), now);
                    break;
                case ChangeKind.Account:
                    ApplyAccount(await TargetOrNewAsync(db.FundAccounts, change, () => new FundAccount { InstitutionId = institution.Id, CreatedAt = now }, ct), Read<AccountValues>(change));
                    break;
                default:
                    throw new InvalidInputException(nameof(change.Kind), "不支持的变更类型");
            }
        }

        private static async Task ApplyVenueAsync(TrainingDbContext db, TrainingInstitution institution, ChangeRequest change, VenueValues values, DateTime now, CancellationToken ct)
        {
            var venue = await TargetOrNewAsync(db.Venues, change, () => new Venue { InstitutionId = institution.Id, CreatedAt = now, Address = "" }, ct);
            var oldAddress = venue.Address;
            venue.Address = values.Address.Trim();
            venue.AreaM2 = values.AreaM2;
            venue.Active = values.Active;
            venue.UpdatedAt = now;
            if (!InstitutionRules.SameAddress(oldAddress, venue.Address) || !values.Active)
            {
                await RaiseVenueAlertAsync(db, institution, venue, oldAddress, now, ct);
            }
        }

        private static async Task RaiseVenueAlertAsync(TrainingDbContext db, TrainingInstitution institution, Venue venue, string oldAddress, DateTime now, CancellationToken ct)
        {
            var key = $"venue:{venue.Id}";
            var evidence = $"培训场所变更（{now:yyyy-MM-dd} 审核通过）：{(oldAddress.Length == 0 ? "（新增场所）" : oldAddress)} → {venue.Address}{(venue.Active ? "" : "（已停用）")}";
            var alert = await db.Alerts.FirstOrDefaultAsync(a => a.InstitutionId == institution.Id && a.Key == key && a.Status == AlertStatus.Open, ct);
            if (alert is null)
            {
                alert = new RiskAlert { InstitutionId = institution.Id, Kind = AlertKind.VenueChanged, Key = key, RaisedAt = now };
                db.Alerts.Add(alert);
            }

            alert.Severity = AlertSeverity.Notice;
            alert.Title = $"{institution.Name}：{TrainingNames.Of(AlertKind.VenueChanged)}";
            alert.Evidence = evidence;
            alert.LastSeenAt = now;
        }

        private async Task ApplyStaffAsync(TrainingDbContext db, TrainingInstitution institution, ChangeRequest change, StoredStaff values, DateTime now, CancellationToken ct)
        {
            await StaffChecks.EnsureAllowedAsync(db, registry, institution, change.TargetId, values, ct);
            var staff = await TargetOrNewAsync(db.Staff, change, () => new InstitutionStaff { InstitutionId = institution.Id, CreatedAt = now }, ct);
            staff.Name = values.Name;
            staff.IdNumberCipher = values.IdNumberCipher;
            staff.IdNumberLookup = values.IdNumberLookup;
            staff.IdNumberMasked = values.IdNumberMasked;
            staff.Teaches = values.Teaches;
            staff.Subjects = values.Subjects;
            staff.TeacherQualificationNumber = values.QualificationNumber;
            staff.HiredOn = values.HiredOn;
            staff.LeftOn = values.LeftOn;
        }

        private static void ApplyCourse(Course course, CourseValues values, DateTime now)
        {
            course.Name = values.Name.Trim();
            course.Category = values.Category;
            course.Grades = values.Grades.Trim();
            course.LessonPriceFen = values.LessonPriceFen;
            course.LessonMinutes = values.LessonMinutes;
            course.TotalLessons = values.TotalLessons;
            course.StartsOn = values.StartsOn;
            course.EndsOn = values.EndsOn;
            course.RefundPolicy = values.RefundPolicy.Trim();
            course.Active = values.Active;
            course.UpdatedAt = now;
        }

        private static void ApplyAccount(FundAccount account, AccountValues values)
        {
            account.Kind = values.Kind;
            account.BankName = values.BankName.Trim();
            account.AccountName = values.AccountName.Trim();
            account.AccountNumber = ChangePayloads.AccountNumber(values.AccountNumber);
            account.OpenedOn = values.OpenedOn;
            account.Active = values.Active;
        }

        private static async Task<T> TargetOrNewAsync<T>(DbSet<T> set, ChangeRequest change, Func<T> create, CancellationToken ct)
            where T : class
        {
            if (change.TargetId is { } id)
            {
                return await set.FindAsync([id], ct) ?? throw new NotFoundException("要变更的记录已不存在。");
            }

            var added = create();
            set.Add(added);
            return added;
        }

        private static T Read<T>(ChangeRequest change) =>
            JsonSerializer.Deserialize<T>(change.ProposedJson) ?? throw new ConflictException("变更内容无法读取。");
    }
}

using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Complaints;

/// <summary>
/// 行政处罚 under 教育部令第53号: recorded with the legal basis and 文号. 责令停止招收学员 suspends a licensed institution;
/// 吊销许可证件 revokes the institution and its valid permit; a stop-enrolling order is lifted with a reason (→ licensed).
/// </summary>
public static class Penalties
{
    public const int MaxText = 2000;

    public sealed record RecordCommand(
        Guid InstitutionId, PenaltyType Type, long AmountFen, string LegalBasis, string DecisionNumber, DateOnly DecidedOn, string Facts, bool Published)
    {
        public Guid? ComplaintId { get; init; }
    }

    public sealed record LiftCommand(Guid PenaltyId, string Reason);

    public sealed record Query(Guid? InstitutionId = null, PenaltyType? Type = null, string? Search = null, bool PublishedOnly = false)
    {
        public PageRequest Page { get; init; } = new();
    }

    public sealed record Row(
        Guid Id, Guid InstitutionId, string InstitutionName, Guid? ComplaintId, PenaltyType Type, long AmountFen, string LegalBasis,
        string DecisionNumber, DateOnly DecidedOn, string Facts, bool Published, DateOnly? LiftedOn, string LiftReason)
    {
        public bool CanLift => Type == PenaltyType.StopEnrolling && LiftedOn is null;
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Guid> RecordAsync(RecordCommand command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Complaints);
            Validate(command);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == command.InstitutionId, ct)
                ?? throw new InvalidInputException(nameof(RecordCommand.InstitutionId), "请选择被处罚的机构");
            var now = clock.GetUtcNow().UtcDateTime;
            await ApplyToInstitutionAsync(db, institution, command.Type, now, ct);
            var penalty = new Penalty
            {
                InstitutionId = institution.Id,
                InstitutionName = institution.Name,
                ComplaintId = command.ComplaintId,
                Type = command.Type,
                AmountFen = ComplaintsNames.HasAmount(command.Type) ? command.AmountFen : 0,
                LegalBasis = command.LegalBasis.Trim(),
                DecisionNumber = command.DecisionNumber.Trim(),
                DecidedOn = command.DecidedOn,
                Facts = command.Facts.Trim(),
                Published = command.Published,
                RecordedBy = user.Name,
                CreatedAt = now,
            };
            db.Penalties.Add(penalty);
            await NoteOnComplaintAsync(db, penalty, user, now, ct);
            await db.SaveChangesAsync(ct);
            return penalty.Id;
        }

        public async Task LiftAsync(LiftCommand command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Complaints);
            var reason = command.Reason.Trim();
            if (reason.Length == 0 || reason.Length > 1000)
            {
                throw new InvalidInputException(nameof(LiftCommand.Reason), reason.Length == 0 ? "请填写解除理由" : "解除理由不能超过 1000 字");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var penalty = await db.Penalties.FirstOrDefaultAsync(p => p.Id == command.PenaltyId, ct) ?? throw new NotFoundException("处罚记录不存在。");
            if (penalty.Type != PenaltyType.StopEnrolling || penalty.LiftedOn is not null)
            {
                throw new ConflictException("只有尚未解除的“责令停止招收学员”可以解除。");
            }

            var institution = await db.Institutions.FirstAsync(i => i.Id == penalty.InstitutionId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            penalty.LiftedOn = ChinaTime.Today(clock);
            penalty.LiftReason = reason;
            penalty.LiftedBy = user.Name;
            if (institution.Status == InstitutionStatus.Suspended && !await OtherStopOrderAsync(db, penalty, ct))
            {
                institution.Status = InstitutionStatus.Licensed;
                institution.UpdatedAt = now;
            }

            await db.SaveChangesAsync(ct);
        }

        public async Task<PageResult<Row>> ListAsync(Query query, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var page = await Filter(db.Penalties.AsNoTracking(), query).OrderByDescending(p => p.DecidedOn).ThenByDescending(p => p.CreatedAt).ToPageAsync(query.Page, ct);
            return new PageResult<Row>([.. page.Items.Select(ToRow)], page.Total, page.Page, page.Size);
        }

        private static IQueryable<Penalty> Filter(IQueryable<Penalty> penalties, Query query)
        {
            if (query.InstitutionId is { } institution)
            {
                penalties = penalties.Where(p => p.InstitutionId == institution);
            }

            if (query.Type is { } type)
            {
                penalties = penalties.Where(p => p.Type == type);
            }

            if (query.PublishedOnly)
            {
                penalties = penalties.Where(p => p.Published);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim();
                penalties = penalties.Where(p => p.InstitutionName.Contains(term) || p.DecisionNumber.Contains(term));
            }

            return penalties;
        }

        private static async Task<bool> OtherStopOrderAsync(TrainingDbContext db, Penalty lifted, CancellationToken ct) =>
            await db.Penalties.AnyAsync(p => p.InstitutionId == lifted.InstitutionId && p.Id != lifted.Id && p.Type == PenaltyType.StopEnrolling && p.LiftedOn == null, ct);

        private static async Task ApplyToInstitutionAsync(TrainingDbContext db, TrainingInstitution institution, PenaltyType type, DateTime now, CancellationToken ct)
        {
            if (type == PenaltyType.StopEnrolling)
            {
                if (institution.Status is not (InstitutionStatus.Licensed or InstitutionStatus.Suspended))
                {
                    throw new ConflictException($"机构{TrainingNames.Of(institution.Status)}，不能责令停止招收学员。");
                }

                institution.Status = InstitutionStatus.Suspended;
                institution.UpdatedAt = now;
            }
            else if (type == PenaltyType.StopOperating && institution.Status is (InstitutionStatus.Licensed or InstitutionStatus.Suspended))
            {
                institution.Status = InstitutionStatus.Closing;
                institution.UpdatedAt = now;
            }
            else if (type == PenaltyType.RevokePermit)
            {
                if (institution.Status is not (InstitutionStatus.Licensed or InstitutionStatus.Suspended or InstitutionStatus.Closing))
                {
                    throw new ConflictException($"机构{TrainingNames.Of(institution.Status)}，没有可吊销的办学许可证。");
                }

                institution.Status = InstitutionStatus.Revoked;
                institution.UpdatedAt = now;
                foreach (var permit in await db.Permits.Where(p => p.InstitutionId == institution.Id && p.Status == PermitStatus.Valid).ToListAsync(ct))
                {
                    permit.Status = PermitStatus.Revoked;
                }
            }
        }

        private static async Task NoteOnComplaintAsync(TrainingDbContext db, Penalty penalty, CurrentUser user, DateTime now, CancellationToken ct)
        {
            if (penalty.ComplaintId is not { } complaintId)
            {
                return;
            }

            var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Id == complaintId, ct)
                ?? throw new InvalidInputException(nameof(RecordCommand.ComplaintId), "投诉不存在");
            if (complaint.InstitutionId != penalty.InstitutionId)
            {
                throw new InvalidInputException(nameof(RecordCommand.InstitutionId), "处罚的机构必须是被投诉的机构");
            }

            db.ComplaintSteps.Add(new ComplaintStep
            {
                ComplaintId = complaint.Id, Kind = ComplaintStepKind.PenaltyRecorded, StatusAfter = complaint.Status,
                Text = $"{ComplaintsNames.Of(penalty.Type)}（{penalty.DecisionNumber}）", ActorId = user.Id, ActorName = user.Name, At = now,
            });
        }

        private void Validate(RecordCommand command)
        {
            var errors = new Dictionary<string, string[]>();
            if (!Enum.IsDefined(command.Type))
            {
                errors[nameof(RecordCommand.Type)] = ["请选择处罚种类"];
            }
            else if (ComplaintsNames.HasAmount(command.Type) && command.AmountFen <= 0)
            {
                errors[nameof(RecordCommand.AmountFen)] = ["罚款或没收金额必须大于 0"];
            }

            Require(errors, nameof(RecordCommand.LegalBasis), command.LegalBasis, 300, "请填写处罚依据（法规条款）", "处罚依据不能超过 300 字");
            Require(errors, nameof(RecordCommand.DecisionNumber), command.DecisionNumber, 60, "请填写处罚决定书文号", "文号不能超过 60 字");
            Require(errors, nameof(RecordCommand.Facts), command.Facts, MaxText, "请填写违法事实", $"违法事实不能超过 {MaxText} 字");
            if (command.DecidedOn > ChinaTime.Today(clock))
            {
                errors[nameof(RecordCommand.DecidedOn)] = ["决定日期不能晚于今天"];
            }

            if (errors.Count > 0)
            {
                throw new InvalidInputException(errors);
            }
        }

        private static void Require(Dictionary<string, string[]> errors, string field, string value, int max, string empty, string tooLong)
        {
            var text = value.Trim();
            if (text.Length == 0)
            {
                errors[field] = [empty];
            }
            else if (text.Length > max)
            {
                errors[field] = [tooLong];
            }
        }

        private static Row ToRow(Penalty p) => new(
            p.Id, p.InstitutionId, p.InstitutionName, p.ComplaintId, p.Type, p.AmountFen, p.LegalBasis, p.DecisionNumber, p.DecidedOn, p.Facts,
            p.Published, p.LiftedOn, p.LiftReason);
    }
}

using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Localization;
using EduGov.Platform.Querying;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using EduGov.Training.Scope;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Inspections;

/// <summary>Rectifications opened by inspections: bureau staff see every one, an institution account only its own.</summary>
public static class ListRectifications
{
    public sealed record Query(RectificationStatus? Status = null, bool OverdueOnly = false, string? Search = null);

    public sealed record Step(RectificationAction Action, string Text, string ActorName, DateTime At);

    public sealed record Row(
        Guid Id, Guid TaskId, string InstitutionName, string Problem, DateOnly OpenedOn, DateOnly Deadline, RectificationStatus Status, string Measures,
        bool Overdue, IReadOnlyList<Step> Steps, IReadOnlyList<GetInspectionFile.Info> Evidence);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<PageResult<Row>> HandleAsync(Query query, PageRequest page, CancellationToken ct = default)
        {
            var user = users.User;
            var own = TrainingScope.OwnInstitution(user);
            if (own is null)
            {
                InspectionAccess.DemandView(user);
            }
            else
            {
                user.Demand(TrainingPermissions.Portal);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var today = ChinaTime.Today(clock);
            var rows = db.Rectifications.AsNoTracking();
            if (own is { } institutionId)
            {
                rows = rows.Where(r => r.InstitutionId == institutionId);
            }

            if (query.Status is { } status)
            {
                rows = rows.Where(r => r.Status == status);
            }

            if (query.OverdueOnly)
            {
                rows = rows.Where(r => r.Status != RectificationStatus.Completed && r.Deadline < today);
            }

            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var search = query.Search.Trim();
                rows = rows.Where(r => r.InstitutionName.Contains(search) || r.Problem.Contains(search));
            }

            var result = await rows.OrderBy(r => r.Status).ThenBy(r => r.Deadline).ThenBy(r => r.Id).ToPageAsync(page, ct);
            var ids = result.Items.Select(r => r.Id).ToList();
            var steps = (await db.RectificationSteps.AsNoTracking().Where(s => ids.Contains(s.RectificationId)).OrderBy(s => s.At).ThenBy(s => s.Id).ToListAsync(ct))
                .ToLookup(s => s.RectificationId, s => new Step(s.Action, s.Text, s.ActorName, s.At));
            var evidence = await GetInspectionFile.Handler.ByOwnerAsync(db, ids, ct);
            return new(
                [.. result.Items.Select(r => new Row(r.Id, r.TaskId, r.InstitutionName, r.Problem, r.OpenedOn, r.Deadline, r.Status, r.Measures,
                    r.Status != RectificationStatus.Completed && r.Deadline < today, [.. steps[r.Id]], [.. evidence[r.Id]]))],
                result.Total, result.Page, result.Size);
        }
    }
}

/// <summary>The institution answers a rectification with its measures and evidence (photos or PDF).</summary>
public static class AnswerRectification
{
    public sealed record Command(Guid RectificationId, string Measures, IReadOnlyList<UploadedFile> Evidence);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Measures).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("请填写整改措施").MaximumLength(2000).WithMessage("整改措施不能超过 2000 个字");
            RuleFor(c => c.Evidence).NotEmpty().WithMessage("请上传至少一份整改佐证（照片或 PDF）");
        }
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Portal);
            var own = TrainingScope.DemandOwn(user);
            await validator.EnsureValidAsync(command, ct);
            var evidence = FileCheck.VerifyAll(command.Evidence, InspectionFiles.Evidence, nameof(Command.Evidence));
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rectification = await db.Rectifications.FirstOrDefaultAsync(r => r.Id == command.RectificationId, ct) ?? throw new NotFoundException("整改事项不存在。");
            if (rectification.InstitutionId != own)
            {
                throw new ForbiddenException(TrainingScope.OutOfScope);
            }

            if (rectification.Status != RectificationStatus.Open)
            {
                throw new ConflictException($"该整改事项当前为{InspectionsNames.Of(rectification.Status)}，不能再提交。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            rectification.Status = RectificationStatus.Answered;
            rectification.Measures = command.Measures.Trim();
            rectification.AnsweredAt = now;
            rectification.UpdatedAt = now;
            InspectionFiles.Add(db, rectification.Id, rectification.InstitutionId, evidence, user.Name, now);
            db.RectificationSteps.Add(new RectificationStep
            {
                RectificationId = rectification.Id, Action = RectificationAction.Answered, ActorName = user.Name, At = now,
                Text = $"提交整改措施和 {command.Evidence.Count} 份佐证：{rectification.Measures}",
            });
            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>An officer checks the answer: 整改完成, or returned with the reason (the institution answers again).</summary>
public static class VerifyRectification
{
    public sealed record Command(Guid RectificationId, bool Completed, string Note);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Note).MaximumLength(1000).WithMessage("核查意见不能超过 1000 个字");
            RuleFor(c => c.Note).Must(n => !string.IsNullOrWhiteSpace(n)).When(c => !c.Completed).WithMessage("退回时请写明需要继续整改的内容");
        }
    }

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(TrainingPermissions.Inspect);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rectification = await db.Rectifications.FirstOrDefaultAsync(r => r.Id == command.RectificationId, ct) ?? throw new NotFoundException("整改事项不存在。");
            if (rectification.Status != RectificationStatus.Answered)
            {
                throw new ConflictException($"该整改事项当前为{InspectionsNames.Of(rectification.Status)}，机构提交整改后才能核查。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            rectification.Status = command.Completed ? RectificationStatus.Completed : RectificationStatus.Open;
            rectification.CompletedOn = command.Completed ? ChinaTime.Today(clock) : null;
            rectification.UpdatedAt = now;
            db.RectificationSteps.Add(new RectificationStep
            {
                RectificationId = rectification.Id,
                Action = command.Completed ? RectificationAction.Completed : RectificationAction.Returned,
                ActorName = user.Name,
                At = now,
                Text = command.Completed ? $"核查确认整改完成。{command.Note.Trim()}".Trim() : $"退回：{command.Note.Trim()}",
            });
            await db.SaveChangesAsync(ct);
        }
    }
}

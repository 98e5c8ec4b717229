using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>
/// Names an inspector as a school's responsible inspector (挂牌). A school has one at a time: a new assignment ends the
/// previous one on the day before, and says so in its note. History is kept, never overwritten.
/// </summary>
public static class AssignSchool
{
    /// <summary>Short enough that the note, plus the line added when the assignment ends, fits the column (200).</summary>
    public const int MaxNote = 80;

    public sealed record Command(Guid InspectorId, Guid SchoolId, DateOnly From, string Note = "");

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.InspectorId).NotEmpty().WithMessage("请选择督学");
            RuleFor(c => c.SchoolId).NotEmpty().WithMessage("请选择学校");
            RuleFor(c => c.From).Must(d => d <= ChinaTime.Today(clock)).WithMessage("挂牌日期不能晚于今天");
            RuleFor(c => c.Note).MaximumLength(MaxNote).WithMessage($"备注不能超过 {MaxNote} 个字");
        }
    }

    internal sealed class Handler(
        IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, Validator validator, IRegistryDirectory registry, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(InspectionPermissions.Manage);
            await validator.EnsureValidAsync(command, ct);
            var school = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == command.SchoolId) ?? throw new NotFoundException("学校不存在。");
            await using var db = await contexts.CreateDbContextAsync(ct);
            var inspector = await db.Inspectors.FirstOrDefaultAsync(i => i.Id == command.InspectorId, ct) ?? throw new NotFoundException("督学不存在。");
            if (!inspector.Active)
            {
                throw new ConflictException($"{inspector.Name} 已停用，不能挂牌。");
            }

            var history = await db.Assignments.Where(a => a.SchoolId == school.Id).ToListAsync(ct);
            EnsureAfterHistory(history, command.From, school.Name);
            if (history.FirstOrDefault(a => a.Until is null) is { } previous)
            {
                EndPrevious(previous, inspector, command.From);
            }

            var assignment = new Assignment
            {
                InspectorId = inspector.Id, SchoolId = school.Id, From = command.From, Note = command.Note.Trim(),
                AssignedByName = user.Name, AssignedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Assignments.Add(assignment);
            await db.SaveChangesAsync(ct);
            return assignment.Id;
        }

        private static void EnsureAfterHistory(IReadOnlyList<Assignment> history, DateOnly from, string school)
        {
            var clashes = history.Where(a => a.From >= from || a.Until >= from).ToList();
            if (clashes.Count > 0)
            {
                var latest = clashes.Max(a => a.Until is { } until && until > a.From ? until : a.From);
                throw new ConflictException($"{school} 的挂牌记录已到 {latest:yyyy-MM-dd}，新的挂牌日期必须晚于它。");
            }
        }

        private static void EndPrevious(Assignment previous, Inspector successor, DateOnly from)
        {
            if (previous.InspectorId == successor.Id)
            {
                throw new ConflictException($"{successor.Name} 已是该校的责任督学。");
            }

            previous.Until = from.AddDays(-1);
            previous.Note = string.Join("；", new[] { previous.Note, $"{from:yyyy-MM-dd} 起改由 {successor.Name} 负责" }.Where(n => n.Length > 0));
        }
    }
}

using EduGov.Inspection.Data;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Inspectors;

/// <summary>Ends an open assignment on a given day (the inspector is still responsible that day), with the reason in its note.</summary>
public static class EndAssignment
{
    public sealed record Command(Guid AssignmentId, DateOnly Until, string Note = "");

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Until).Must(d => d <= ChinaTime.Today(clock)).WithMessage("结束日期不能晚于今天");
            RuleFor(c => c.Note).MaximumLength(AssignSchool.MaxNote).WithMessage($"备注不能超过 {AssignSchool.MaxNote} 个字");
        }
    }

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, Validator validator)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Manage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == command.AssignmentId, ct) ?? throw new NotFoundException("挂牌记录不存在。");
            if (assignment.Until is not null)
            {
                throw new ConflictException($"该挂牌已于 {assignment.Until:yyyy-MM-dd} 结束。");
            }

            if (command.Until < assignment.From)
            {
                throw new InvalidInputException(nameof(Command.Until), $"结束日期不能早于挂牌日期 {assignment.From:yyyy-MM-dd}");
            }

            assignment.Until = command.Until;
            var note = command.Note.Trim();
            assignment.Note = string.Join("；", new[] { assignment.Note, $"{command.Until:yyyy-MM-dd} 结束挂牌" + (note.Length > 0 ? "：" + note : "") }.Where(n => n.Length > 0));
            await db.SaveChangesAsync(ct);
        }
    }
}

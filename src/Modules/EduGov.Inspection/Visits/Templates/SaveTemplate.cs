using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Visits.Templates;

/// <summary>
/// Creates or edits a checklist for thematic or comprehensive inspections. Once a visit has been scored against it, its
/// lines are fixed (the scores refer to them): only the name and description may change; a new version is a new template.
/// </summary>
public static class SaveTemplate
{
    public sealed record LineInput(SupervisionItem Item, string Text, decimal Weight, decimal MaxPoints);

    public sealed record Command
    {
        public Guid? Id { get; init; }
        public string Name { get; init; } = "";
        public InspectionKind Kind { get; init; } = InspectionKind.Thematic;
        public string Description { get; init; } = "";
        public IReadOnlyList<LineInput> Lines { get; init; } = [];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("请填写检查表名称").MaximumLength(100).WithMessage("名称不能超过 100 个字");
            RuleFor(c => c.Kind).Must(k => k is InspectionKind.Thematic or InspectionKind.Comprehensive).WithMessage("检查表用于专项督导或综合督导");
            RuleFor(c => c.Description).MaximumLength(1000).WithMessage("说明不能超过 1000 个字");
            RuleForEach(c => c.Lines).ChildRules(line =>
            {
                line.RuleFor(l => l.Item).IsInEnum().WithMessage("请选择督导事项");
                line.RuleFor(l => l.Text).NotEmpty().WithMessage("请填写检查内容").MaximumLength(500).WithMessage("检查内容不能超过 500 个字");
            }).OverridePropertyName(nameof(Command.Lines));
            RuleFor(c => c.Lines).Custom((lines, context) =>
            {
                try
                {
                    VisitScoring.ValidateLines([.. lines.Select(l => (l.Weight, l.MaxPoints))]);
                }
                catch (InvalidInputException e)
                {
                    foreach (var message in e.Errors.SelectMany(x => x.Value))
                    {
                        context.AddFailure(nameof(Command.Lines), message);
                    }
                }
            });
        }
    }

    internal sealed class Handler(IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Manage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var name = command.Name.Trim();
            if (await db.Templates.AnyAsync(t => t.Name == name && t.Id != command.Id, ct))
            {
                throw new ConflictException($"已有名为“{name}”的检查表。");
            }

            var template = command.Id is { } id
                ? await db.Templates.Include(t => t.Items).FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException("检查表不存在。")
                : db.Templates.Add(new ChecklistTemplate { CreatedAt = clock.GetUtcNow().UtcDateTime }).Entity;
            template.Name = name;
            template.Kind = command.Kind;
            template.Description = command.Description.Trim();
            if (!SameLines(template.Items, command.Lines))
            {
                if (command.Id is not null && await db.Visits.AnyAsync(v => v.TemplateId == template.Id, ct))
                {
                    throw new ConflictException("该检查表已用于督导评分，检查项不能再修改；请停用它并新建一份检查表。");
                }

                ReplaceLines(db, template, command.Lines);
            }

            await db.SaveChangesAsync(ct);
            return template.Id;
        }

        private static bool SameLines(IReadOnlyList<ChecklistItem> current, IReadOnlyList<LineInput> lines) =>
            current.Count == lines.Count
            && current.OrderBy(i => i.Order).Zip(lines).All(p =>
                p.First.Item == p.Second.Item && p.First.Text == p.Second.Text.Trim() && p.First.Weight == p.Second.Weight && p.First.MaxPoints == p.Second.MaxPoints);

        private static void ReplaceLines(InspectionDbContext db, ChecklistTemplate template, IReadOnlyList<LineInput> lines)
        {
            db.ChecklistItems.RemoveRange(template.Items);
            template.Items.Clear();
            var items = lines.Select((l, i) => new ChecklistItem
            {
                TemplateId = template.Id, Order = i + 1, Item = l.Item, Text = l.Text.Trim(), Weight = l.Weight, MaxPoints = l.MaxPoints,
            }).ToList();
            template.Items.AddRange(items);
            db.ChecklistItems.AddRange(items);
        }
    }
}

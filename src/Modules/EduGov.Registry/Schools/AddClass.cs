using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Schools;

/// <summary>Opens a class in a grade the school teaches, with its class-size cap (班额).</summary>
public static class AddClass
{
    public sealed record Command(Guid SchoolId, int Grade, int Number, int EntryYear, int ClassSizeCap, string HeadTeacher = "", Guid? CampusId = null);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Number).InclusiveBetween(1, 99).WithMessage("班号应在 1 到 99 之间");
            RuleFor(c => c.ClassSizeCap).InclusiveBetween(1, 60).WithMessage("班额应在 1 到 60 人之间");
            RuleFor(c => c.EntryYear).InclusiveBetween(2000, 2100).WithMessage("入学年份不正确");
            RuleFor(c => c.HeadTeacher).MaximumLength(50).WithMessage("班主任姓名不能超过 50 个字");
        }
    }

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, Validator validator)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.SchoolsManage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var school = await db.SchoolInScopeAsync(user, command.SchoolId, ct);
            if (!StageNames.GradesOf(school.Type).Contains(command.Grade))
            {
                throw new InvalidInputException(nameof(Command.Grade), $"{StageNames.Of(school.Type)}没有{StageNames.GradeName(command.Grade)}");
            }

            if (await db.Classes.AnyAsync(c => c.SchoolId == school.Id && c.Grade == command.Grade && c.Number == command.Number, ct))
            {
                throw new ConflictException($"{StageNames.ClassName(command.Grade, command.Number)}已存在");
            }

            var schoolClass = new SchoolClass
            {
                SchoolId = school.Id,
                CampusId = command.CampusId,
                Grade = command.Grade,
                Number = command.Number,
                EntryYear = command.EntryYear,
                ClassSizeCap = command.ClassSizeCap,
                HeadTeacher = command.HeadTeacher.Trim(),
            };
            db.Classes.Add(schoolClass);
            await db.SaveChangesAsync(ct);
            return schoolClass.Id;
        }
    }
}

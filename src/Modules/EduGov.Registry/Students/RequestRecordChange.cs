using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

/// <summary>
/// Asks for a 学籍异动. Nothing about the pupil changes until the bureau approves (<see cref="DecideRecordChange"/>).
/// 转出 without a target school leaves the district; 转出 or 转入 with one moves the pupil inside it.
/// </summary>
public static class RequestRecordChange
{
    public sealed record Command(Guid StudentId, RecordChangeKind Kind, DateOnly EffectiveOn, string Reason, Guid? ToSchoolId = null, Guid? ToClassId = null);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).IsInEnum().WithMessage("异动类型不正确");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写异动原因").MaximumLength(500).WithMessage("异动原因不能超过 500 个字");
            RuleFor(c => c.ToSchoolId).NotNull().WithMessage("转入须选择转入学校").When(c => c.Kind == RecordChangeKind.TransferIn);
        }
    }

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StudentsManage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var student = command.Kind == RecordChangeKind.TransferIn
                ? await db.Students.FirstOrDefaultAsync(s => s.Id == command.StudentId, ct) ?? throw new NotFoundException("学生不存在。")
                : await db.StudentInScopeAsync(user, command.StudentId, ct);
            if (command.ToSchoolId is { } target)
            {
                await EnsureTargetAsync(db, user, command, student, target, ct);
            }

            EnsureAllowed(student, command.Kind);
            if (await db.RecordChanges.AnyAsync(c => c.StudentId == student.Id && c.Status == ApprovalStatus.Pending, ct))
            {
                throw new ConflictException("该学生已有待审批的学籍异动，请等待审批后再申请。");
            }

            var change = new RecordChange
            {
                StudentId = student.Id,
                Kind = command.Kind,
                EffectiveOn = command.EffectiveOn,
                FromSchoolId = student.SchoolId,
                ToSchoolId = command.ToSchoolId,
                ToClassId = command.ToClassId,
                Reason = command.Reason.Trim(),
                RequestedBy = user.Id,
                RequestedByName = user.Name,
                RequestedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.RecordChanges.Add(change);
            await db.SaveChangesAsync(ct);
            return change.Id;
        }

        private static async Task EnsureTargetAsync(RegistryDbContext db, CurrentUser user, Command command, Student student, Guid target, CancellationToken ct)
        {
            if (target == student.SchoolId)
            {
                throw new InvalidInputException(nameof(Command.ToSchoolId), "转入学校与当前学校相同");
            }

            var school = command.Kind == RecordChangeKind.TransferIn
                ? await db.SchoolInScopeAsync(user, target, ct)
                : await db.Schools.FirstOrDefaultAsync(s => s.Id == target, ct) ?? throw new InvalidInputException(nameof(Command.ToSchoolId), "转入学校不存在");
            if (!StageNames.GradesOf(school.Type).Contains(student.Grade))
            {
                throw new InvalidInputException(nameof(Command.ToSchoolId), $"{school.Name}没有{StageNames.GradeName(student.Grade)}");
            }

            if (command.ToClassId is { } classId && !await db.Classes.AnyAsync(c => c.Id == classId && c.SchoolId == target && c.Grade == student.Grade, ct))
            {
                throw new InvalidInputException(nameof(Command.ToClassId), "所选班级不属于转入学校的该年级");
            }
        }

        private static void EnsureAllowed(Student student, RecordChangeKind kind)
        {
            var allowed = kind switch
            {
                RecordChangeKind.Resumption => student.Status == StudentStatus.Suspended,
                RecordChangeKind.TransferIn => student.Status is StudentStatus.Enrolled or StudentStatus.TransferredOut,
                _ => student.Status == StudentStatus.Enrolled,
            };
            if (!allowed)
            {
                throw new ConflictException($"学生当前为“{StageNames.Of(student.Status)}”状态，不能办理{StageNames.Of(kind)}。");
            }
        }
    }
}

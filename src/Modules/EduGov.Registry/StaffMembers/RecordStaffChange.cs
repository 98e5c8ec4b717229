using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.StaffMembers;

/// <summary>Records a dated change of school, title, key-teacher level or status: the current value moves, the history keeps both.</summary>
public static class RecordStaffChange
{
    public sealed record Command(Guid StaffId, StaffEventKind Kind, DateOnly EffectiveOn, string Note = "",
        Guid? SchoolId = null, Title? Title = null, KeyTeacherLevel? KeyTeacherLevel = null, EmploymentStatus? Status = null);

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StaffManage);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var staff = await db.StaffInScopeAsync(user, command.StaffId, ct);
            var (oldValue, newValue) = command.Kind switch
            {
                StaffEventKind.SchoolChanged => await MoveAsync(db, user, staff, command, ct),
                StaffEventKind.TitleChanged => Change(staff.Title, command.Title, v => staff.Title = v, StageNames.Of, "职称"),
                StaffEventKind.KeyTeacherLevelChanged => Change(staff.KeyTeacherLevel, command.KeyTeacherLevel, v => staff.KeyTeacherLevel = v, StageNames.Of, "骨干教师级别"),
                StaffEventKind.StatusChanged => Change(staff.EmploymentStatus, command.Status, v => staff.EmploymentStatus = v, StageNames.Of, "在岗状态"),
                _ => throw new InvalidInputException(nameof(Command.Kind), "不支持的变更类型"),
            };
            db.StaffEvents.Add(new StaffEvent
            {
                StaffId = staff.Id, Kind = command.Kind, EffectiveOn = command.EffectiveOn, OldValue = oldValue, NewValue = newValue, Note = command.Note.Trim(),
                RecordedBy = user.Id, RecordedByName = user.Name, RecordedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }

        private static (string Old, string New) Change<T>(T current, T? requested, Action<T> apply, Func<T, string> name, string what)
            where T : struct, Enum
        {
            if (requested is not { } value || !Enum.IsDefined(value))
            {
                throw new InvalidInputException(what, $"请选择新的{what}");
            }

            if (EqualityComparer<T>.Default.Equals(value, current))
            {
                throw new InvalidInputException(what, $"新的{what}与当前相同");
            }

            apply(value);
            return (name(current), name(value));
        }

        private static async Task<(string Old, string New)> MoveAsync(RegistryDbContext db, CurrentUser user, Staff staff, Command command, CancellationToken ct)
        {
            if (command.SchoolId is not { } target || target == staff.SchoolId)
            {
                throw new InvalidInputException(nameof(Command.SchoolId), "请选择调入的学校（不能与当前学校相同）");
            }

            var from = await db.Schools.Where(s => s.Id == staff.SchoolId).Select(s => s.Name).FirstAsync(ct);
            var to = await db.SchoolInScopeAsync(user, target, ct);
            staff.SchoolId = to.Id;
            return (from, to.Name);
        }
    }
}

using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Rules;

/// <summary>
/// 节假日安排: the days of the State Council's yearly notice that break the Monday-to-Friday rule (holidays on weekdays,
/// weekend working days), which every working-day deadline counts with. A day may be removed only while it lies ahead.
/// </summary>
public static class HolidayCalendar
{
    public sealed record Day(Guid Id, DateOnly Date, bool IsWorkingDay, string Name, bool CanRemove);

    public sealed record AddCommand(DateOnly Date, bool IsWorkingDay, string Name);

    internal sealed class Handler(IDbContextFactory<TrainingDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Day>> ListAsync(int year, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Read);
            var today = ChinaTime.Today(clock);
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
            return [.. days.Select(d => new Day(d.Id, d.Date, d.IsWorkingDay, d.Name, d.Date > today))];
        }

        public async Task<Guid> AddAsync(AddCommand command, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Manage);
            var name = command.Name.Trim();
            Validate(command, name);
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (await db.CalendarDays.AnyAsync(d => d.Date == command.Date, ct))
            {
                throw new ConflictException($"{command.Date:yyyy-MM-dd} 已在日历中。");
            }

            var day = new CalendarDay { Date = command.Date, IsWorkingDay = command.IsWorkingDay, Name = name, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.CalendarDays.Add(day);
            await db.SaveChangesAsync(ct);
            return day.Id;
        }

        /// <summary>A day entered by mistake; days already passed stay, since deadlines were counted with them.</summary>
        public async Task RemoveAsync(Guid id, CancellationToken ct = default)
        {
            users.User.Demand(TrainingPermissions.Manage);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException("日历中没有这一天。");
            if (day.Date <= ChinaTime.Today(clock))
            {
                throw new ConflictException("今天及以前的日期已用于计算期限，不能删除。");
            }

            db.CalendarDays.Remove(day);
            await db.SaveChangesAsync(ct);
        }

        private static void Validate(AddCommand command, string name)
        {
            var errors = new Dictionary<string, string[]>();
            var weekend = command.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (command.IsWorkingDay && !weekend)
            {
                errors[nameof(AddCommand.Date)] = ["调休上班日应是周六或周日（周一至周五本来就是工作日）"];
            }

            if (name.Length == 0)
            {
                errors[nameof(AddCommand.Name)] = ["请填写名称，如“春节”或“国庆节调休上班”"];
            }
            else if (name.Length > 50)
            {
                errors[nameof(AddCommand.Name)] = ["名称不能超过 50 字"];
            }

            if (errors.Count > 0)
            {
                throw new InvalidInputException(errors);
            }
        }
    }
}

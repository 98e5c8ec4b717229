using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Policy;

/// <summary>
/// Creates the round of one year and stage with the default policy (<see cref="RoundDefaults"/>): the round, its
/// categories and policy version 1 in one save. One round per year and stage.
/// </summary>
public static class CreateRound
{
    public const int FirstYear = 2000;

    public sealed record Command(int Year, Stage Stage);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            RoundAccess.DemandPolicyEditor(user);
            Validate(command, ChinaTime.Today(clock));
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (await db.Rounds.AnyAsync(r => r.Year == command.Year && r.Stage == command.Stage, ct))
            {
                throw new ConflictException($"{command.Year}年{AdmissionNames.StageOf(command.Stage)}招生轮次已经建立，每年每个学段只有一个招生轮次。");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var round = RoundDefaults.Create(command.Year, command.Stage, now);
            db.Rounds.Add(round);
            db.PolicyRevisions.Add(new PolicyRevision
            {
                RoundId = round.Id, Version = round.PolicyVersion, Snapshot = PolicySnapshot.Write(PolicyValues.From(round)),
                Reason = "新建招生轮次，采用默认招生政策", ChangedBy = user.Name, ChangedAt = now,
            });
            await db.SaveChangesAsync(ct);
            return round.Id;
        }

        private static void Validate(Command command, DateOnly today)
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (command.Year < FirstYear || command.Year > LastYear(today))
            {
                errors[nameof(Command.Year)] = [$"招生年度应在 {FirstYear} 到 {LastYear(today)} 之间"];
            }

            if (command.Stage is not (Stage.Primary or Stage.Junior))
            {
                errors[nameof(Command.Stage)] = ["招生学段只能是小学或初中"];
            }

            if (errors.Count > 0)
            {
                throw new InvalidInputException(errors);
            }
        }
    }

    /// <summary>Rounds are planned at most two years ahead.</summary>
    public static int LastYear(DateOnly today) => today.Year + 2;
}

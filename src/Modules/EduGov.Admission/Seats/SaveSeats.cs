using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Policy;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Seats;

/// <summary>
/// Sets a school's seats in a round: planned classes × the round's class cap, or an override that must give its reason.
/// Allowed while the round is a draft or open for applications; refused once the list is frozen for the lottery.
/// </summary>
public static class SaveSeats
{
    public sealed record Command(Guid RoundId, Guid SchoolId, int PlannedClasses, int? SeatsOverride = null, string? OverrideReason = null);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PlannedClasses).InclusiveBetween(0, SeatRules.MaxPlannedClasses).WithMessage($"计划班数应为 0 到 {SeatRules.MaxPlannedClasses} 个");
            RuleFor(c => c.SeatsOverride).InclusiveBetween(0, SeatRules.MaxSeats).When(c => c.SeatsOverride is not null)
                .WithMessage($"核定学位数应为 0 到 {SeatRules.MaxSeats} 个");
            RuleFor(c => c.OverrideReason).NotEmpty().When(c => c.SeatsOverride is not null).WithMessage("调整学位数须说明原因")
                .MaximumLength(500).WithMessage("调整原因不能超过 500 个字");
        }
    }

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, IRegistryDirectory registry, AdmissionScope scope, CurrentUserAccessor users, Validator validator, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Manage);
            await validator.EnsureValidAsync(command, ct);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == command.RoundId, ct) ?? throw new NotFoundException(RoundAccess.NotFound);
            if (!SeatRules.SeatsEditable(round.Status))
            {
                throw new ConflictException(SeatRules.SeatsFrozen);
            }

            var school = (await registry.AllSchoolsAsync(ct)).FirstOrDefault(s => s.Id == command.SchoolId) ?? throw new NotFoundException("学校不存在。");
            if (!SeatRules.Teaches(school, round.Stage))
            {
                throw new InvalidInputException(nameof(Command.SchoolId), $"{school.Name}（{StageNames.Of(school.Type)}）不招收{AdmissionNames.StageOf(round.Stage)}新生");
            }

            await scope.DemandSchoolAsync(user, school.Id, ct);
            var plan = await db.Seats.FirstOrDefaultAsync(s => s.RoundId == round.Id && s.SchoolId == school.Id, ct);
            if (plan is null)
            {
                plan = new SeatPlan { RoundId = round.Id, SchoolId = school.Id };
                db.Seats.Add(plan);
            }

            plan.PlannedClasses = command.PlannedClasses;
            plan.ClassCap = round.ClassCap;
            plan.SeatsOverride = command.SeatsOverride;
            plan.OverrideReason = command.SeatsOverride is null ? "" : command.OverrideReason!.Trim();
            plan.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
    }
}

using EduGov.Admission.Scope;
using EduGov.Metrics.Forecasting;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Forecast;

/// <summary>One school's five-year forecast of one of its stages, with its own back-test error; a school in the user's scope only.</summary>
public static class GetSchoolForecast
{
    /// <param name="Stage">Primary or junior; null for the first stage the school teaches.</param>
    public sealed record Query(Guid SchoolId, Stage? Stage = null);

    /// <param name="Stages">The forecast stages the school teaches.</param>
    /// <param name="Feeder">What its entry grade is forecast from; null without history.</param>
    /// <param name="Forecast">The forecast, or null when the school has no enrolment history of the stage.</param>
    public sealed record Result(Guid SchoolId, string Code, string Name, Stage Stage, IReadOnlyList<Stage> Stages, FeederSource? Feeder, EnrolmentForecast? Forecast);

    internal sealed class Handler(ForecastData.Loader loader, AdmissionScope scope, CurrentUserAccessor users)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Read);
            var data = await loader.LoadAsync(ct);
            var school = data.Schools.FirstOrDefault(s => s.Id == query.SchoolId) ?? throw new NotFoundException("学校不存在。");
            await scope.DemandSchoolAsync(user, school.Id, ct);
            var stages = ForecastStages.All.Where(s => ForecastStages.Teaches(school, s)).ToList();
            if (stages.Count == 0)
            {
                throw new InvalidInputException(nameof(Query.SchoolId), $"{StageNames.Of(school.Type)}不属于小学或初中学段，没有学龄人口预测");
            }

            var stage = query.Stage ?? stages[0];
            if (!stages.Contains(stage))
            {
                throw new InvalidInputException(nameof(Query.Stage), $"{school.Name}没有{StageNames.Of(stage)}学段");
            }

            var own = new ForecastCalculator(data).Build(stage, new HashSet<Guid> { school.Id }).Schools.SingleOrDefault();
            return new Result(school.Id, school.Code, school.Name, stage, stages, own?.Feeder, own?.Forecast);
        }
    }
}

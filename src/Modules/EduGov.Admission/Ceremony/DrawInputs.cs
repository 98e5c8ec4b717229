using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Registry.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Ceremony;

/// <summary>
/// Loads a round's draw inputs in a few bulk queries: the participants (verified before the draw, drawn after it), their
/// choices, the seat plans and the registry's schools. A school that is listed but has no seat plan takes part with 0 seats.
/// </summary>
internal sealed class DrawInputs(IRegistryDirectory registry)
{
    public static IQueryable<Application> Participants(AdmissionDbContext db, Guid roundId) =>
        db.Applications.Where(a => a.RoundId == roundId && (a.Status == ApplicationStatus.Verified || a.LotteryNumber != null));

    public async Task<DrawSetup> SetupAsync(AdmissionDbContext db, AdmissionRound round, CancellationToken ct)
    {
        var rows = await Participants(db, round.Id).AsNoTracking()
            .Select(a => new { a.Id, a.Number, a.Kind, a.CatchmentSchoolId, a.CategoryOrder, a.CategoryName, a.HukouSince })
            .ToListAsync(ct);
        var choices = await ChoicesAsync(db, round.Id, ct);
        var applicants = rows.Select(a => new DrawApplicant(
            a.Id, a.Number, a.Kind, a.CatchmentSchoolId, a.CategoryOrder, a.CategoryName, a.HukouSince, choices.GetValueOrDefault(a.Id, [])));
        return await SetupAsync(db, round, [.. applicants], ct);
    }

    private async Task<DrawSetup> SetupAsync(AdmissionDbContext db, AdmissionRound round, IReadOnlyList<DrawApplicant> applicants, CancellationToken ct)
    {
        var plans = await db.Seats.AsNoTracking().Where(s => s.RoundId == round.Id).ToListAsync(ct);
        var directory = (await registry.AllSchoolsAsync(ct)).ToDictionary(s => s.Id);
        var seats = plans.ToDictionary(p => p.SchoolId, p => p.Seats);
        var schools = seats.Keys.Union(applicants.SelectMany(Listed)).Select(id => SchoolOf(id, seats.GetValueOrDefault(id), directory));
        return DrawSetup.Create(applicants, schools, DrawPolicy.Of(round));
    }

    private static IEnumerable<Guid> Listed(DrawApplicant applicant) =>
        applicant.Kind == ApplicationKind.Private ? applicant.Choices : applicant.CatchmentSchoolId is { } catchment ? [catchment] : [];

    private static DrawSchool SchoolOf(Guid id, int seats, Dictionary<Guid, SchoolRef> directory) =>
        directory.TryGetValue(id, out var school)
            ? new DrawSchool(id, school.Code, school.Name, seats, school.Ownership == Ownership.Public, school.ZoneId)
            : new DrawSchool(id, id.ToString("N"), "（学校已撤销）", seats, false, null);

    private static async Task<Dictionary<Guid, IReadOnlyList<Guid>>> ChoicesAsync(AdmissionDbContext db, Guid roundId, CancellationToken ct)
    {
        var rows = await db.Choices.AsNoTracking()
            .Join(Participants(db, roundId), c => c.ApplicationId, a => a.Id, (c, a) => new { c.ApplicationId, c.Rank, c.SchoolId })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)[.. g.OrderBy(r => r.Rank).Select(r => r.SchoolId)]);
    }
}

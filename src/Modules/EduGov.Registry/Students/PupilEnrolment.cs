using EduGov.Platform.Privacy;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

internal sealed class PupilEnrolment(IDbContextFactory<RegistryDbContext> contexts, RegisterStudent.Handler register) : IPupilEnrolment
{
    public async Task<PupilHolder?> FindAsync(string idNumberLookup, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var holder = await db.Students.Where(s => s.IdNumberLookup == idNumberLookup)
            .Select(s => new { s.Id, s.Name, s.Grade, s.Status, School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        return holder is null ? null : new PupilHolder(holder.Id, Masking.Name(holder.Name), holder.School ?? "", holder.Grade, holder.Status);
    }

    public Task<Guid> EnrolAsync(NewPupil pupil, CancellationToken ct = default) =>
        register.HandleAsync(new RegisterStudent.Command
        {
            Name = pupil.Name,
            Sex = pupil.Sex,
            IdNumber = pupil.IdNumber,
            BirthDate = pupil.BirthDate,
            HukouRegionCode = pupil.HukouRegionCode,
            HomeAddress = pupil.HomeAddress,
            SchoolId = pupil.SchoolId,
            Grade = pupil.Grade,
            EnrolledOn = pupil.EnrolledOn,
            Guardians = [new RegisterStudent.GuardianInput(pupil.GuardianName, pupil.GuardianRelation, pupil.GuardianPhone)],
        }, ct);
}

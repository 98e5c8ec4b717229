using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Data;

internal sealed partial class TrainingDbContext
{
    public DbSet<LicenceApplication> LicenceApplications => Set<LicenceApplication>();
    public DbSet<LicenceOpinion> LicenceOpinions => Set<LicenceOpinion>();
    public DbSet<LicenceStep> LicenceSteps => Set<LicenceStep>();
    public DbSet<AnnualReview> AnnualReviews => Set<AnnualReview>();
}

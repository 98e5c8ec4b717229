using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Data;

internal sealed partial class TrainingDbContext
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintStep> ComplaintSteps => Set<ComplaintStep>();
    public DbSet<ComplaintPhoto> ComplaintPhotos => Set<ComplaintPhoto>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralStep> ReferralSteps => Set<ReferralStep>();
    public DbSet<Penalty> Penalties => Set<Penalty>();
}

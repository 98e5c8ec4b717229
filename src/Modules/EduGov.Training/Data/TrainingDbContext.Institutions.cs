using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Data;

internal sealed partial class TrainingDbContext
{
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<InstitutionNotice> Notices => Set<InstitutionNotice>();
    public DbSet<InstitutionDocument> Documents => Set<InstitutionDocument>();
}

using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Data;

internal sealed partial class TrainingDbContext
{
    public DbSet<CreditCatalogue> CreditCatalogues => Set<CreditCatalogue>();
    public DbSet<CreditItem> CreditItems => Set<CreditItem>();
    public DbSet<CreditRecord> CreditRecords => Set<CreditRecord>();
    public DbSet<CardEvent> CardEvents => Set<CardEvent>();
    public DbSet<ListEntry> ListEntries => Set<ListEntry>();
    public DbSet<CreditRepairRequest> RepairRequests => Set<CreditRepairRequest>();
    public DbSet<Objection> Objections => Set<Objection>();
}

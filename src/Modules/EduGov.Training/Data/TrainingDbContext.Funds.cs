using EduGov.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Data;

internal sealed partial class TrainingDbContext
{
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<LessonRecord> LessonRecords => Set<LessonRecord>();
    public DbSet<RefundRequest> RefundRequests => Set<RefundRequest>();
    public DbSet<BankStatement> BankStatements => Set<BankStatement>();
    public DbSet<BankStatementLine> BankStatementLines => Set<BankStatementLine>();
    public DbSet<FundPosition> FundPositions => Set<FundPosition>();
}

using EduGov.Platform.Data;
using EduGov.Admission.Data;
using EduGov.Training.Data;
using EduGov.Inspection.Data;
using EduGov.Registry.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EduGov.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build each module context for this provider without a running host.</summary>
internal static class DesignTime
{
    public static readonly DatabaseSettings Settings = new(DatabaseProvider.Postgres, "Host=localhost;Database=edugov_design");

    public static DbContextOptions<T> Options<T>(string module)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        ModuleContextRegistration.Configure(builder, Settings, module, auditInterceptor: null);
        return builder.Options;
    }
}

internal sealed class PlatformContextFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) => new(DesignTime.Options<PlatformDbContext>(PlatformDbContext.Module));
}

internal sealed class RegistryContextFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) => new(DesignTime.Options<RegistryDbContext>(RegistryDbContext.Module));
}

internal sealed class InspectionContextFactory : IDesignTimeDbContextFactory<InspectionDbContext>
{
    public InspectionDbContext CreateDbContext(string[] args) => new(DesignTime.Options<InspectionDbContext>(InspectionDbContext.Module));
}

internal sealed class AdmissionContextFactory : IDesignTimeDbContextFactory<AdmissionDbContext>
{
    public AdmissionDbContext CreateDbContext(string[] args) => new(DesignTime.Options<AdmissionDbContext>(AdmissionDbContext.Module));
}

internal sealed class TrainingContextFactory : IDesignTimeDbContextFactory<TrainingDbContext>
{
    public TrainingDbContext CreateDbContext(string[] args) => new(DesignTime.Options<TrainingDbContext>(TrainingDbContext.Module));
}

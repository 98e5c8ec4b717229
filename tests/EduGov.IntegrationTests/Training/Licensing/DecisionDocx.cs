using DocumentFormat.OpenXml.Packaging;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Registry.Contracts;
using EduGov.Training.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace EduGov.IntegrationTests.Training.Licensing;

/// <summary>Reads a decision document back with DocumentFormat.OpenXml: its paragraphs and table cells as text.</summary>
internal static class DecisionDocx
{
    public static IReadOnlyList<string> Paragraphs(DecisionFile file)
    {
        file.FileName.ShouldEndWith(".docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        return [.. body.Descendants<W.Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)];
    }

    public static string Text(DecisionFile file) => string.Join("\n", Paragraphs(file));

    /// <summary>The authority the documents carry: the registry's bureau, or 区教育局 when the registry has none.</summary>
    public static async Task<string> AuthorityAsync(PlatformHarness harness)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IRegistryDirectory>().BureauAsync())?.Name is { Length: > 0 } name ? name : "区教育局";
    }

    public static async Task<List<string>> ExportNotesAsync(PlatformHarness harness, string entityType)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        return await db.AuditEvents.Where(e => e.Action == AuditActions.Export && e.EntityType == entityType).OrderBy(e => e.Sequence).Select(e => e.Note ?? "").ToListAsync();
    }
}

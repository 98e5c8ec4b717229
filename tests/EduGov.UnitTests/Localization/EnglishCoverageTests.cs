using System.Text.RegularExpressions;
using EduGov.Platform.Audit;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Tests.Shared;
using EduGov.Web;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Localization;

/// <summary>Chinese is the source text; every text a page shows must also exist in English, or the English switch shows Chinese.</summary>
public sealed partial class EnglishCoverageTests
{
    private static readonly Text Text = new(Modules.All.Select(m => m.EnglishTexts).Append(PlatformTexts.English));

    [Fact]
    public void EveryLiteralUiText_InTheSources_HasAnEnglishTranslation()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root(), "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal));
        var texts = sources.SelectMany(f => UiText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).Distinct().ToList();

        texts.Count.ShouldBeGreaterThan(100);
        texts.Where(t => !Text.HasEnglish(t)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryDomainDisplayName_HasAnEnglishTranslation()
    {
        IEnumerable<string> names =
        [
            .. Enum.GetValues<Stage>().Select(StageNames.Of),
            .. Enum.GetValues<Ownership>().Select(StageNames.Of),
            .. Enum.GetValues<SchoolType>().Select(StageNames.Of),
            .. Enum.GetValues<StudentStatus>().Select(StageNames.Of),
            .. Enum.GetValues<RecordChangeKind>().Select(StageNames.Of),
            .. Enum.GetValues<ApprovalStatus>().Select(StageNames.Of),
            .. Enum.GetValues<Title>().Select(StageNames.Of),
            .. Enum.GetValues<KeyTeacherLevel>().Select(StageNames.Of),
            .. Enum.GetValues<Education>().Select(StageNames.Of),
            .. Enum.GetValues<EmploymentStatus>().Select(StageNames.Of),
            .. Enum.GetValues<DocumentType>().Select(StageNames.Of),
            .. Enum.GetValues<StaffEventKind>().Select(StageNames.Of),
            .. Enumerable.Range(-2, 15).Select(StageNames.GradeName),
            .. Enum.GetValues<Role>().Select(RoleNames.Chinese),
            .. new[] { AuditActions.Create, AuditActions.Update, AuditActions.Delete, AuditActions.Reveal, AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignOut, AuditActions.Export, AuditActions.Bulk, AuditActions.Lookup }.Select(AuditActions.DisplayName),
        ];

        names.Where(n => !Text.HasEnglish(n)).ShouldBeEmpty();
    }

    [GeneratedRegex("""T\["([^"]+)"\]""")]
    private static partial Regex UiText();
}

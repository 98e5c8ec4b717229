using System.Reflection;
using EduGov.Web;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Architecture;

/// <summary>The dependency rules of DESIGN.md, checked on the compiled assemblies.</summary>
public sealed class BoundaryTests
{
    private static readonly Assembly Platform = typeof(EduGov.Platform.PlatformServices).Assembly;
    private static readonly Assembly[] Libraries =
        [.. new[] { "EduGov.Standards", "EduGov.Lottery", "EduGov.Matching", "EduGov.Metrics", "EduGov.Supervision" }.Select(name => Assembly.Load(name))];
    private static readonly Assembly[] ModuleAssemblies = [.. Modules.All.Select(m => m.PagesAssembly)];

    private static IEnumerable<string> EduGovReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("EduGov.", StringComparison.Ordinal));

    [Fact]
    public void Libraries_DependOnlyOnOtherLibrariesNotOnWebOrDatabaseFrameworks()
    {
        var libraryNames = Libraries.Select(l => l.GetName().Name!).ToList();
        foreach (var library in Libraries)
        {
            var references = library.GetReferencedAssemblies().Select(a => a.Name!).ToList();

            EduGovReferences(library).ShouldBeSubsetOf(libraryNames, library.GetName().Name);
            references.ShouldNotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal), library.GetName().Name);
            references.ShouldNotContain(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal), library.GetName().Name);
        }
    }

    [Fact]
    public void Platform_KnowsNoModule()
    {
        EduGovReferences(Platform).ShouldBe(["EduGov.Standards"], ignoreOrder: true);
    }

    [Fact]
    public void Modules_DependOnlyOnPlatformLibrariesAndTheRegistry()
    {
        foreach (var module in ModuleAssemblies)
        {
            EduGovReferences(module).ShouldBeSubsetOf(["EduGov.Platform", "EduGov.Registry", .. Libraries.Select(l => l.GetName().Name!)], $"{module.GetName().Name} 依赖了其他模块");
        }
    }

    [Fact]
    public void Modules_UseOnlyTheRegistrysContracts()
    {
        foreach (var module in ModuleAssemblies.Where(m => m.GetName().Name != "EduGov.Registry"))
        {
            var used = TypesReferencedFrom(module, "EduGov.Registry").ToList();

            used.ShouldAllBe(name => name.StartsWith("EduGov.Registry.Contracts.", StringComparison.Ordinal), $"{module.GetName().Name} 使用了登记模块的内部类型");
        }
    }

    private static IEnumerable<string> TypesReferencedFrom(Assembly assembly, string referencedAssembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            if (type.ResolutionScope.Kind == System.Reflection.Metadata.HandleKind.AssemblyReference
                && reader.GetString(reader.GetAssemblyReference((System.Reflection.Metadata.AssemblyReferenceHandle)type.ResolutionScope).Name) == referencedAssembly)
            {
                yield return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
            }
        }
    }

    [Fact]
    public void EachModule_IsListedOnce_AndOwnsItsPagesAssembly()
    {
        Modules.All.Select(m => m.Name).ShouldBeUnique();
        ModuleAssemblies.ShouldBeUnique();
        Modules.All.ShouldAllBe(m => m.GetType().Assembly == m.PagesAssembly);
    }

    [Fact]
    public void ModuleDatabaseContexts_AreInternal_SoOtherModulesGoThroughContracts()
    {
        var contexts = ModuleAssemblies.SelectMany(a => a.GetTypes()).Where(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t)).ToList();

        contexts.ShouldNotBeEmpty();
        contexts.ShouldAllBe(t => !t.IsPublic);
    }

    [Fact]
    public void EveryMenuEntryAndPermission_BelongsToItsModule()
    {
        foreach (var module in Modules.All)
        {
            module.Permissions.ShouldAllBe(p => p.Permission.StartsWith(module.Name + ".", StringComparison.Ordinal));
            module.Menu.ShouldAllBe(e => module.Permissions.Any(p => p.Permission == e.Permission));
        }
    }

    [Fact]
    public void EveryModuleText_HasAnEnglishTranslation_ForItsMenu()
    {
        foreach (var module in Modules.All)
        {
            module.Menu.ShouldAllBe(e => module.EnglishTexts.ContainsKey(e.Title) && module.EnglishTexts.ContainsKey(e.Group));
        }
    }
}

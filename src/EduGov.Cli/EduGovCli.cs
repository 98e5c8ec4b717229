using System.CommandLine;
using EduGov.Platform;
using EduGov.Platform.Audit;
using EduGov.Platform.Data;
using EduGov.Platform.Importing;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace EduGov.Cli;

/// <summary>
/// <c>edugov</c>: the platform's operations from a terminal. Configuration is read as the web host reads it:
/// appsettings.json in the working directory, then environment variables (Database__Provider, ConnectionStrings__EduGov, Privacy__Key).
/// </summary>
public static class EduGovCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("EduGov 教育局业务平台命令行工具");
        root.Subcommands.Add(MigrateCommand());
        root.Subcommands.Add(SeedCommand());
        root.Subcommands.Add(AuditCommand());
        root.Subcommands.Add(TokenCommand());
        root.Subcommands.Add(ImportCommand());
        root.Subcommands.Add(LotteryCommands.Create());
        root.Subcommands.Add(MetricsCommands.Create());
        root.Subcommands.Add(AdmissionCommands.Create());
        root.Subcommands.Add(TrainingCommands.Create());
        return await root.Parse(args).InvokeAsync();
    }

    private static Command MigrateCommand()
    {
        var command = new Command("migrate", "应用全部模块的数据库迁移");
        command.SetAction(async (_, ct) =>
        {
            await using var services = BuildServices();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            AnsiConsole.MarkupLine("[green]数据库迁移已完成。[/]");
            return 0;
        });
        return command;
    }

    private static Command SeedCommand()
    {
        var preset = new Option<string>("--preset") { Description = "演示数据规模：" + string.Join(" | ", RegistryDemo.PresetNames), DefaultValueFactory = _ => "small" };
        var seed = new Option<int>("--seed") { Description = "随机种子；相同种子生成相同数据", DefaultValueFactory = _ => 20260901 };
        var command = new Command("seed", "在空库中生成演示区县数据和各角色演示账号") { preset, seed };
        command.SetAction(async (result, ct) =>
        {
            await using var services = BuildServices();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            DemoSeedResult? outcome = null;
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("生成并写入演示数据", maxValue: 1.0);
                outcome = await RegistryDemo.SeedAsync(services, result.GetValue(preset)!, result.GetValue(seed), new Progress<double>(v => task.Value = v), ct);
                task.Value = 1.0;
            });
            AnsiConsole.MarkupLine($"[green]已生成 {outcome!.Schools} 所学校、{outcome.Students:N0} 名学生、{outcome.Staff:N0} 名教职工。[/]");
            foreach (var line in outcome.ModuleLines)
            {
                AnsiConsole.WriteLine(line);
            }

            foreach (var account in outcome.Accounts)
            {
                AnsiConsole.WriteLine($"  {account.Describe()}  密码 {RegistryDemo.Password}");
            }

            return 0;
        });
        return command;
    }

    private static Command AuditCommand()
    {
        var verify = new Command("verify", "逐条校验审计日志的 SHA-256 链，发现被修改或删除的记录");
        verify.SetAction(async (_, ct) =>
        {
            await using var services = BuildServices();
            var report = await services.GetRequiredService<AuditLog>().VerifyChainAsync(ct);
            if (report.Break is { } broken)
            {
                AnsiConsole.MarkupLine($"[red]审计链已损坏：{Markup.Escape(broken.Reason)}（此前 {report.Events:N0} 条完整）[/]");
                return 2;
            }

            AnsiConsole.MarkupLine($"[green]审计链完整：共 {report.Events:N0} 条记录。[/]");
            return 0;
        });
        return new Command("audit", "审计日志") { verify };
    }

    private static Command TokenCommand()
    {
        var user = new Option<string>("--user") { Description = "令牌所属账号（用户名）", Required = true };
        var name = new Option<string>("--name") { Description = "用途说明，如“学籍系统对接”", DefaultValueFactory = _ => "接口对接" };
        var days = new Option<int>("--days") { Description = "有效天数（1–366）", DefaultValueFactory = _ => 90 };
        var create = new Command("create", "为账号签发接口令牌；令牌只显示这一次，库中只存其 SHA-256") { user, name, days };
        create.SetAction(async (result, ct) =>
        {
            await using var services = BuildServices();
            var token = await services.GetRequiredService<ApiTokens>().IssueAsync(result.GetValue(user)!, result.GetValue(name)!, result.GetValue(days), ct);
            AnsiConsole.MarkupLine("[green]已签发接口令牌（请立即保存，之后无法再次查看）：[/]");
            Console.WriteLine(token);
            return 0;
        });
        return new Command("token", "接口令牌") { create };
    }

    private static Command ImportCommand()
    {
        var command = new Command("import", "从 Excel 批量导入：全部校验通过才写入；有错误时生成错误报告工作簿");
        foreach (var definition in EduGov.Web.Modules.All.SelectMany(m => m.Imports))
        {
            command.Subcommands.Add(ImportKindCommand(definition));
        }

        var kind = new Argument<string>("kind") { Description = "导入类型：" + string.Join(" | ", EduGov.Web.Modules.All.SelectMany(m => m.Imports).Select(d => d.Key)) };
        var output = new Argument<FileInfo>("output") { Description = "模板保存位置，如 学生学籍导入模板.xlsx" };
        var template = new Command("template", "生成导入模板") { kind, output };
        template.SetAction(async (result, ct) =>
        {
            var definition = EduGov.Web.Modules.All.SelectMany(m => m.Imports).FirstOrDefault(d => d.Key == result.GetValue(kind));
            if (definition is null)
            {
                AnsiConsole.MarkupLine($"[red]没有名为“{Markup.Escape(result.GetValue(kind) ?? "")}”的导入类型。[/]");
                return 2;
            }

            var path = result.GetValue(output)!.FullName;
            await File.WriteAllBytesAsync(path, (await definition.TemplateAsync(ct)).Content, ct);
            AnsiConsole.MarkupLine($"[green]模板已保存：{Markup.Escape(path)}[/]");
            return 0;
        });
        command.Subcommands.Add(template);
        return command;
    }

    private static Command ImportKindCommand(ImportDefinition definition)
    {
        var file = new Argument<FileInfo>("file") { Description = "要导入的 .xlsx 文件（用模板填写）" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只校验，不写入" };
        var command = new Command(definition.Key, $"导入{definition.Title}") { file, dryRun };
        command.SetAction(async (result, ct) =>
        {
            var input = result.GetValue(file)!;
            if (!input.Exists)
            {
                AnsiConsole.MarkupLine($"[red]找不到文件：{Markup.Escape(input.FullName)}[/]");
                return 2;
            }

            await using var services = BuildServices();
            return await ImportAsync(services, definition, input, result.GetValue(dryRun), ct);
        });
        return command;
    }

    private static async Task<int> ImportAsync(ServiceProvider services, ImportDefinition definition, FileInfo input, bool dryRun, CancellationToken ct)
    {
        var catalog = services.GetRequiredService<PermissionCatalog>();
        using var actor = CurrentUserAccessor.Use(CurrentUser.System("命令行导入", catalog));
        await using var scope = services.CreateAsyncScope();
        await using var stream = input.OpenRead();
        ImportResult outcome;
        try
        {
            outcome = await WithProgressAsync(progress =>
                scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(definition.Key, stream, input.Name, dryRun, progress, ct));
        }
        catch (EduGov.Platform.Errors.DomainException e)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }

        if (outcome.Succeeded)
        {
            AnsiConsole.MarkupLine(dryRun ? $"[green]校验通过：{outcome.Rows:N0} 行，未写入（--dry-run）。[/]" : $"[green]已导入{definition.Title} {outcome.Rows:N0} 行。[/]");
            return 0;
        }

        var report = Path.Combine(input.DirectoryName ?? ".", outcome.ErrorWorkbook!.FileName);
        await File.WriteAllBytesAsync(report, outcome.ErrorWorkbook.Content, ct);
        AnsiConsole.MarkupLine($"[red]{outcome.Errors.Count:N0} 处错误，未写入任何数据。错误报告：{Markup.Escape(report)}[/]");
        foreach (var error in outcome.Errors.Take(20))
        {
            AnsiConsole.WriteLine($"  第 {error.RowNumber} 行 {error.Column}：{error.Message}");
        }

        return 1;
    }

    /// <summary>A progress bar on a terminal; one line per phase when output is redirected (logs, tests).</summary>
    private static async Task<T> WithProgressAsync<T>(Func<IProgress<ImportProgress>, Task<T>> work)
    {
        if (Console.IsOutputRedirected)
        {
            var phase = "";
            return await work(new ImmediateProgress(p =>
            {
                if (p.Phase != phase)
                {
                    phase = p.Phase;
                    Console.WriteLine($"阶段：{phase}");
                }
            }));
        }

        T result = default!;
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var bar = context.AddTask(ImportPhases.Reading, maxValue: 1.0);
            result = await work(new ImmediateProgress(p =>
            {
                bar.Description = p.Phase;
                bar.Value = p.Fraction;
            }));
            bar.Value = 1.0;
        });
        return result;
    }

    internal static ServiceProvider BuildServices()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Development";
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var dataFolder = configuration["DataFolder"] ?? "data";
        var key = PrivacyKey.Resolve(configuration, allowGenerated: environment != "Production", dataFolder, message => AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(message)}[/]"));
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddEduGovPlatform(configuration, EduGov.Web.Modules.All, key);
        return services.BuildServiceProvider();
    }
}

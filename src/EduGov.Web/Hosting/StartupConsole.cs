using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EduGov.Web.Hosting;

/// <summary>What a newcomer needs to see after the run command: where the platform is and how to sign in.</summary>
internal static class StartupConsole
{
    private static readonly List<string> Announcements = [];

    public static void Announce(string message)
    {
        Announcements.Add(message);
        Console.WriteLine(message);
    }

    public static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("==== EduGov 教育局业务平台已启动 ====");
        foreach (var address in addresses)
        {
            Console.WriteLine($"  地址：{address}");
        }

        Console.WriteLine($"  数据库：{app.Configuration["Database:Provider"] ?? "Sqlite"}");
        if (app.Configuration.GetValue("Demo:SeedOnFirstStart", false))
        {
            Console.WriteLine($"  演示账号（密码均为 {DemoStart.DemoPassword}）：");
            foreach (var line in DemoStart.AccountLines)
            {
                Console.WriteLine($"    {line}");
            }
        }

        Console.WriteLine("  接口文档：/api/docs    健康检查：/healthz");
        Console.WriteLine("====================================");
    }
}

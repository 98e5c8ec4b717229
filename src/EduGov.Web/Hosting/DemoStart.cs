using EduGov.Registry;

namespace EduGov.Web.Hosting;

/// <summary>On a first start outside production, fills the empty database with the demo district.</summary>
internal static class DemoStart
{
    public const string DemoPassword = RegistryDemo.Password;

    public static IReadOnlyList<string> AccountLines { get; private set; } = [];

    public static async Task SeedIfEmptyAsync(IServiceProvider services, IConfiguration configuration)
    {
        var preset = configuration["Demo:Preset"] ?? "small";
        var seed = configuration.GetValue("Demo:Seed", 20260901);
        if (await RegistryDemo.IsEmptyAsync(services))
        {
            Console.WriteLine($"首次启动：正在生成演示区县数据（{preset}，种子 {seed}）…");
            var started = TimeProvider.System.GetTimestamp();
            var result = await RegistryDemo.SeedAsync(services, preset, seed);
            Console.WriteLine($"已生成 {result.Schools} 所学校、{result.Students:N0} 名学生、{result.Staff:N0} 名教职工，用时 {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} 秒。");
            foreach (var line in result.ModuleLines)
            {
                Console.WriteLine(line);
            }

            AccountLines = [.. result.Accounts.Select(a => a.Describe())];
        }
        else
        {
            AccountLines = ["leader  局领导", "officer  科室业务员", "inspector  督学", "school / school2  学校管理员", "teacher  教师", "institution  培训机构", "parent  家长"];
        }
    }
}

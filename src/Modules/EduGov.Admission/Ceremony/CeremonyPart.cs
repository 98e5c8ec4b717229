using System.Text;
using EduGov.Platform.Importing;
using EduGov.Platform.Modules;
using EduGov.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduGov.Admission.Ceremony;

/// <summary>摇号仪式: freeze the manifest, draw with public entropy, publish; the public page and files anyone can re-run.</summary>
internal static class CeremonyPart
{
    public static IEnumerable<MenuEntry> Menu =>
    [
        new("招生入学", "摇号", "/admission/ceremony", "lottery", AdmissionPermissions.Read, 350),
    ];

    public static IEnumerable<ImportDefinition> Imports => [];

    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["摇号"] = "Lottery",
        ["摇号仪式"] = "Lottery ceremony",
        ["每个招生轮次一场摇号仪式：冻结名单、摇号、公布结果。"] = "One ceremony per admission round: freeze the list, draw, publish the results.",
        ["学段"] = "Stage",
        ["摇号日期"] = "Draw date",
        ["状态"] = "Status",
        ["进入摇号仪式"] = "Open the ceremony",
        ["先冻结名单并公布摘要，再取得事先公告的公开开奖号码和现场骰子，最后运行并公布：任何人都能用公布的文件重算出同样的结果。"] =
            "First freeze the list and publish its digest, then take the public draw announced in advance and the dice rolled on the spot, then run and publish: anyone can recompute the same result from the published files.",
        ["同类别按户籍迁入时间优先"] = "Within a category, earlier hukou registration first",
        ["公示页面"] = "Public page",
        ["全部轮次"] = "All rounds",
        ["冻结名单"] = "Freeze the list",
        ["公布：清单摘要（manifest_sha256）、名单人数、每个摇号池的清单摘要、学校学位文件和志愿文件。此时还不存在任何随机数。"] =
            "Published: the manifest digest (manifest_sha256), the number of tokens, every pool's digest, the schools file and the applications file. No randomness exists yet.",
        ["清单摘要"] = "Manifest digest",
        ["冻结时间"] = "Frozen at",
        ["名单人数"] = "Tokens",
        ["各摇号池清单摘要（{0} 个）"] = "Digests of the pools ({0})",
        ["类别"] = "Category",
        ["人数"] = "Applicants",
        ["审核通过（进入名单）"] = "Verified (in the list)",
        ["还有 {0} 份报名待审核或退回修改未重新提交，冻结后它们不参加本轮摇号。"] = "{0} applications still await verification or correction; once frozen they take no part in this draw.",
        ["冻结后名单不能再改动，审核也随之结束。确定冻结吗？"] = "Once frozen the list cannot change and verification ends. Freeze now?",
        ["确定冻结名单"] = "Freeze the list",
        ["取消"] = "Cancel",
        ["轮次开始报名后才能冻结名单。"] = "The list can be frozen once the round is open.",
        ["公布：公开开奖号码、各组骰子数字、种子，以及每个摇号池每个报名号的随机号、结果和录取线。"] =
            "Published: the public draw, every group of dice, the seed, and for every pool each token's number and outcome and the cut-off.",
        ["公开开奖号码"] = "Public draw",
        ["骰子数字"] = "Dice",
        ["种子"] = "Seed",
        ["摇号时间"] = "Drawn at",
        ["摇号录取"] = "Offered in the draw",
        ["统筹安排"] = "Overflow placement",
        ["暂未安排"] = "Not yet placed",
        ["种子复核"] = "Seed check",
        ["由清单摘要、开奖号码和骰子重算一致"] = "Recomputed from the digest, the public draw and the dice: identical",
        ["重算不一致"] = "Recomputation differs",
        ["复核命令"] = "Commands to re-run",
        ["公开开奖号码（按公告的写法原样填写）"] = "Public draw (exactly as announced)",
        ["事先公告、在冻结之后才产生的公开数值，例如指定日期某期福利彩票的开奖号码。"] = "A public value announced in advance and produced after the freeze, e.g. a welfare-lottery result on a named date.",
        ["家长代表和公证员各掷一组十面骰（每组建议 8 位以上），按公告的顺序录入；至少 3 组，没有哪一方能单独决定结果。"] =
            "Parent representatives and the notary each roll a group of ten-sided dice (8 digits or more each), entered in the announced order; at least 3 groups, so that no single party decides the result.",
        ["第 {0} 组"] = "Group {0}",
        ["删除这组"] = "Remove this group",
        ["再加一组"] = "Add a group",
        ["开始摇号"] = "Run the draw",
        ["冻结名单后才能摇号。"] = "The draw runs once the list is frozen.",
        ["公布结果"] = "Publish the results",
        ["公布：各校录取名单（姓名脱敏）和报名号；家长在报名系统中看到录取结果。"] = "Published: each school's offers (names masked) and application numbers; families see their offers in the portal.",
        ["录取结果公示页面"] = "Public results page",
        ["摇号后才能公布结果。"] = "Results can be published after the draw.",
        ["名单已冻结：{0} 份报名，摘要 {1}"] = "List frozen: {0} applications, digest {1}",
        ["摇号完成：摇号录取 {0}，统筹安排 {1}，暂未安排 {2}。"] = "Draw done: {0} offered, {1} placed by overflow, {2} not yet placed.",
        ["结果已公布。"] = "Results published.",
        ["已完成"] = "Done",
        ["摇号公示"] = "Lottery publication",
        ["本页公布摇号的全部输入和结果。任何人都可以下载下面的文件，用公开的程序在自己的电脑上重算，得到同样的种子、随机号和录取结果。"] =
            "This page publishes every input and result of the draw. Anyone can download the files below and recompute, on their own computer with the published programs, the same seed, numbers and offers.",
        ["摇号输入"] = "Inputs",
        ["算法版本"] = "Algorithm",
        ["清单摘要（冻结时公布）"] = "Manifest digest (published at the freeze)",
        ["尚未摇号：公开开奖号码、骰子数字和种子在摇号时公布。"] = "Not drawn yet: the public draw, the dice and the seed are published at the draw.",
        ["种子 = SHA-256(“edugov-lottery/v1|清单摘要|公开开奖号码|骰子1|骰子2|…”)；每人的随机号 = SHA-256(“种子|报名号”)，号码小者在前。算法说明见代码库中的 docs/lottery.md、docs/admission-matching.md 和 docs/admission-ceremony.md，独立复核脚本为 tools/lottery_verify.py。"] =
            "Seed = SHA-256(\"edugov-lottery/v1|digest|public draw|dice 1|dice 2|…\"); each number = SHA-256(\"seed|application number\"), smaller first. The algorithm is described in docs/lottery.md, docs/admission-matching.md and docs/admission-ceremony.md of the repository; the independent verifier is tools/lottery_verify.py.",
        ["公示文件"] = "Published files",
        ["冻结的名单（每行一个报名号）"] = "The frozen list (one application number per line)",
        ["学校和学位数"] = "Schools and seats",
        ["每名儿童的志愿和优先顺位"] = "Every child's choices and priorities",
        ["摇号录取结果（统筹安排前）"] = "Offers of the draw (before overflow placement)",
        ["输入报名号查看我的随机号"] = "Enter your application number to see your lottery number",
        ["查询"] = "Look up",
        ["名单中没有这个报名号。"] = "This application number is not in the list.",
        ["随机号"] = "Lottery number",
        ["第 {0} 名（共 {1} 人）"] = "rank {0} of {1}",
        ["已进入冻结名单，摇号后在此查看随机号和结果。"] = "In the frozen list; your number and result appear here after the draw.",
        ["返回全部摇号池"] = "Back to all pools",
        ["学位数"] = "Seats",
        ["学校学位数"] = "Seats at the school",
        ["申请人数"] = "Applicants",
        ["本池录取"] = "Admitted from this pool",
        ["录取线"] = "Cut-off",
        ["录取线（最后一名录取者的随机号）"] = "Cut-off (number of the last admitted)",
        ["顺位 {0} · "] = "priority {0} · ",
        ["无人录取"] = "Nobody admitted",
        ["本池清单摘要"] = "Pool digest",
        ["可用 edugov lottery verify --seats {0} 复核"] = "check with edugov lottery verify --seats {0}",
        ["名次"] = "Rank",
        ["顺位"] = "Priority",
        ["结果"] = "Outcome",
        ["摇号池"] = "Pools",
        ["录取"] = "Admitted",
        ["查看"] = "View",
        ["第 {0} 志愿录取于{1}"] = "admitted at choice {0}, {1}",
        ["未录取"] = "Not admitted",
    };

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<PublicationCache>();
        services.AddScoped<DrawInputs>();
        services.AddScoped<GetLotteryPublication.Handler>();
        services.AddScoped<GetCeremony.Handler>();
        services.AddScoped<FreezeManifest.Handler>();
        services.AddScoped<RunDraw.Validator>();
        services.AddScoped<RunDraw.Handler>();
        services.AddScoped<PublishResults.Handler>();
    }

    public static void MapApi(IEndpointRouteBuilder admission)
    {
        admission.MapGet("/ceremony/rounds", (GetCeremony.Handler h, CancellationToken ct) => h.RoundsAsync(ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("可进入摇号仪式的招生轮次");
        var rounds = admission.MapGroup("/rounds/{id:guid}");
        rounds.MapGet("/ceremony", (Guid id, GetCeremony.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(AdmissionPermissions.Read).WithSummary("摇号仪式的三个步骤：冻结的名单、摇号的输入和结果、公布");
        rounds.MapPost("/freeze", (Guid id, FreezeManifest.Handler h, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequirePermission(AdmissionPermissions.LotteryRun).WithSummary("冻结名单：审核通过的报名号形成清单，保存并公布清单摘要");
        rounds.MapPost("/draw", (Guid id, DrawBody body, RunDraw.Handler h, CancellationToken ct) => h.HandleAsync(new RunDraw.Command(id, body.PublicDraw, body.Dice), ct))
            .RequirePermission(AdmissionPermissions.LotteryRun).WithSummary("摇号：由清单摘要、公开开奖号码和骰子数字生成种子，分配学位并统筹安排");
        rounds.MapPost("/publish", async (Guid id, PublishResults.Handler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return TypedResults.NoContent();
        }).RequirePermission(AdmissionPermissions.LotteryRun).WithSummary("公布录取结果");

        var published = admission.MapGroup("/public/lottery/{id:guid}").AllowAnonymous();
        published.MapGet("/{file}", async (Guid id, string file, GetLotteryPublication.Handler h, CancellationToken ct) =>
            Download(await h.FileAsync(id, file, ct), file))
            .WithSummary("摇号公示文件（匿名）：manifest.txt、schools.csv、applications.csv（冻结后），assignments.csv（摇号后）");
        published.MapGet("/pools/{pool}/{file}", async (Guid id, string pool, string file, GetLotteryPublication.Handler h, CancellationToken ct) =>
            Download(await h.PoolFileAsync(id, pool, file, ct), file))
            .WithSummary("一个摇号池的公示文件（匿名）：applicants.csv（token 列），draw.csv（rank,token,number,selected，按号码取前 K 名的池）");
    }

    private static IResult Download(string text, string file) =>
        TypedResults.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text), file.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain; charset=utf-8" : "text/csv; charset=utf-8", file);

    public sealed record DrawBody(string PublicDraw, IReadOnlyList<string> Dice);
}

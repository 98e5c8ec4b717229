using EduGov.Lottery;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Lottery;

public sealed class LotteryCsvTests
{
    [Fact]
    public void WriteDraw_WritesHeaderAndOneLinePerApplicant_WithLineFeeds()
    {
        var text = LotteryCsv.WriteDraw(LotteryDraw.Run(LotteryVectors.Seed, LotteryVectors.Tokens, seats: 2));

        text.ShouldBe(
            "rank,token,number,selected\n" +
            $"1,2026-0003,{LotteryVectors.Numbers["2026-0003"]},true\n" +
            $"2,2026-0001,{LotteryVectors.Numbers["2026-0001"]},true\n" +
            $"3,2026-0010,{LotteryVectors.Numbers["2026-0010"]},false\n" +
            $"4,2026-0002,{LotteryVectors.Numbers["2026-0002"]},false\n");
    }

    [Fact]
    public void ReadTokens_TakesTheTokenColumn_IgnoringOtherColumnsBlankLinesAndCrLf()
    {
        LotteryCsv.ReadTokens("school,token,category\r\n2131000123,2026-0002,1\r\n\r\n2131000123,2026-0001,2\r\n").ShouldBe(["2026-0002", "2026-0001"]);
    }

    [Fact]
    public void ReadTokens_HandlesQuotedFields()
    {
        const string csv = "token,remark\n\"2026,0001\",\"说明，含逗号\"\n\"2026\"\"0002\",\"两行\n备注\"\n 2026-0003 ,\n";

        LotteryCsv.ReadTokens(csv).ShouldBe(["2026,0001", "2026\"0002", " 2026-0003 "]);
    }

    [Fact]
    public void WriteDraw_QuotesTokensThatNeedIt_AndReadsThemBack()
    {
        var result = LotteryDraw.Run(LotteryVectors.Seed, ["A,1", "B\"2", "C3"], seats: 1);

        LotteryCsv.ReadDraw(LotteryCsv.WriteDraw(result)).Select(r => r.Token).ShouldBe(result.Rows.Select(r => r.Token));
    }

    [Theory]
    [InlineData("", "申请人文件为空：第一行应为表头，含 token 列。")]
    [InlineData("id,name\n1,x\n", "申请人文件的表头缺少 token 列（表头为：id,name）。")]
    [InlineData("token,token\n1,2\n", "申请人文件的表头中 token 列出现了 2 次。")]
    [InlineData("id,token\n1,2026-0001\n2\n", "申请人文件第 3 行的列数少于表头，缺少 token 中的值。")]
    [InlineData("token\n\"2026-0001\n", "CSV 第 2 行的引号没有闭合。")]
    [InlineData("token\n\"2026\"-0001\n", "CSV 第 2 行：引号括起的字段在结束引号之后还有字符“-”。")]
    public void ReadTokens_WhenFileUnusable_ExplainsInChinese(string csv, string message)
    {
        Should.Throw<LotteryInputException>(() => LotteryCsv.ReadTokens(csv)).Message.ShouldBe(message);
    }

    [Fact]
    public void ReadDraw_FindsColumnsByName()
    {
        LotteryCsv.ReadDraw("token,selected,number,rank,note\n2026-0001,true,ab,1,x\n").ShouldBe([new PublishedDrawRow("1", "2026-0001", "ab", "true")]);
    }
}

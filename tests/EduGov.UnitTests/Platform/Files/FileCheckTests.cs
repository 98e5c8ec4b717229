using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Platform.Files;

public sealed class FileCheckTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8];
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
    private static readonly byte[] Pdf = "%PDF-1.7\n%\u00e2\u00e3"u8.ToArray();

    private static readonly FilePolicy Documents = new(FileKinds.ImagesAndPdf, FilePolicy.TenMegabytes, MaxCount: 10);
    private static readonly FilePolicy Photos = new(FileKinds.Images, FilePolicy.TenMegabytes, UnnamedAs: "照片");

    [Fact]
    public void EachKind_IsRecognisedByContent_WithItsSha256AndLength()
    {
        var files = FileCheck.VerifyAll([new("a.jpg", Jpeg), new("b.png", Png), new("c.pdf", Pdf)], Documents, "Files");

        files.Select(f => (f.FileName, f.ContentType, f.Length)).ShouldBe(
            [("a.jpg", "image/jpeg", (long)Jpeg.Length), ("b.png", "image/png", (long)Png.Length), ("c.pdf", "application/pdf", (long)Pdf.Length)]);
        files[0].Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Jpeg)));
    }

    [Fact]
    public void Sha256_OfAKnownInput_IsLowerCaseHex() =>
        FileCheck.Verify(new UploadedFile("abc.pdf", "%PDF-abc"u8.ToArray()), Documents, "Files").Sha256.ShouldBe("1e8a7587529cc956d46dea481f38c623395a879a1179c277f476a9cdb88a540d");

    [Fact]
    public void Sha256Of_MatchesTheStandardTestVector() =>
        FileCheck.Sha256Of("abc"u8.ToArray()).ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    [Fact]
    public void AJpegNamedPdf_IsJudgedByContent_AndStoredAsJpg()
    {
        var file = FileCheck.Verify(new UploadedFile(@"C:\扫描\户口簿.pdf", Jpeg), Documents, "Files");

        (file.FileName, file.ContentType, file.Format).ShouldBe(("户口簿.jpg", "image/jpeg", FileFormat.Jpeg));
    }

    [Fact]
    public void ATextFileNamedJpg_IsRefused_NamingTheFile()
    {
        var refused = Should.Throw<InvalidInputException>(() => FileCheck.Verify(new UploadedFile("照片.jpg", "就是一段文字"u8.ToArray()), Documents, "Files"));

        refused.Errors["Files"].ShouldBe(["“照片.jpg”不是 JPG、PNG 或 PDF 文件"]);
    }

    [Fact]
    public void AKindOutsideThePolicy_IsRefused_InTheWordsOfThePolicy() =>
        FileCheck.ProblemOf(new UploadedFile("通知.pdf", Pdf), Photos).ShouldBe("“通知.pdf”不是 JPG 或 PNG 图片");

    [Fact]
    public void AnEmptyFile_IsRefused()
    {
        FileCheck.ProblemOf(new UploadedFile("空.pdf", []), Documents).ShouldBe("“空.pdf”是空文件");
        FileCheck.ProblemOf(new UploadedFile("", []), Documents).ShouldBe("请选择要上传的文件");
    }

    [Fact]
    public void TheSizeLimit_AllowsItsEdge_AndRefusesOneByteMore()
    {
        var policy = Documents with { MaxBytes = 1024 };
        var edge = new byte[1024];
        Pdf.CopyTo(edge, 0);
        var over = new byte[1025];
        Pdf.CopyTo(over, 0);

        FileCheck.Verify(new UploadedFile("edge.pdf", edge), policy, "Files").Length.ShouldBe(1024);
        Should.Throw<InvalidInputException>(() => FileCheck.Verify(new UploadedFile("over.pdf", over), policy, "Files")).Message.ShouldBe("“over.pdf”超过 1 KB");
        FileCheck.ProblemOf(new UploadedFile("大.pdf", new byte[FilePolicy.TenMegabytes + 1]), Documents).ShouldBe("“大.pdf”超过 10 MB");
    }

    [Fact]
    public void TheCountLimit_AllowsItsEdge_AndRefusesOneMore()
    {
        var ten = Enumerable.Range(1, 10).Select(i => new UploadedFile($"{i}.png", Png)).ToList();

        FileCheck.VerifyAll(ten, Documents, "Evidence").Count.ShouldBe(10);
        Should.Throw<InvalidInputException>(() => FileCheck.VerifyAll([.. ten, new("11.png", Png)], Documents, "Evidence"))
            .Errors["Evidence"].ShouldBe(["一次最多上传 10 个文件"]);
    }

    [Fact]
    public void StoredNames_LoseTheirFolder_AndAreShortened_OrNamedAfterThePolicy()
    {
        FileCheck.Verify(new UploadedFile("/tmp/a/b/现场.jpeg", Jpeg), Photos, "Photo").FileName.ShouldBe("现场.jpg");
        FileCheck.Verify(new UploadedFile(".png", Png), Photos, "Photo").FileName.ShouldBe("照片.png");
        FileCheck.Verify(new UploadedFile(new string('长', 300) + ".png", Png), Photos, "Photo").FileName.ShouldBe(new string('长', 150) + ".png");
    }

    [Fact]
    public void ThePolicy_DescribesItselfForPages()
    {
        Documents.Accept.ShouldBe(".jpg,.jpeg,.png,.pdf");
        (Documents.KindsText, Photos.KindsText, Documents.SizeText).ShouldBe(("JPG、PNG 或 PDF 文件", "JPG 或 PNG 图片", "10 MB"));
        new FilePolicy(FileKinds.Pdf, 512).KindsText.ShouldBe("PDF 文件");
    }

    [Fact]
    public void Base64Content_IsDecoded_OrRefusedNamingTheFile()
    {
        UploadedFile.FromBase64("a.png", Convert.ToBase64String(Png), "Files").Content.ShouldBe(Png);
        Should.Throw<InvalidInputException>(() => UploadedFile.FromBase64("a.png", "不是base64", "Files")).Errors["Files"].ShouldBe(["“a.png”的内容不是有效的 Base64"]);
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using EduGov.Platform.Files;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Platform.Files;

public sealed class FileSnifferTests
{
    private const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>Real minimal files of each format, shipped with the EmptyFiles package the test tools bring along.</summary>
    private static byte[] Sample(string folder, string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "EmptyFiles", folder, name));

    [Theory]
    [InlineData("image", "empty.jpg", "image/jpeg", ".jpg")]
    [InlineData("image", "empty.png", "image/png", ".png")]
    [InlineData("document", "empty.pdf", "application/pdf", ".pdf")]
    [InlineData("image", "empty.webp", "image/webp", ".webp")]
    [InlineData("image", "empty.heic", "image/heic", ".heic")]
    [InlineData("document", "empty.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")]
    [InlineData("sheet", "empty.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")]
    public void RealFiles_AreRecognisedByTheirContent(string folder, string name, string contentType, string extension)
    {
        var format = FileSniffer.Recognise(Sample(folder, name)).ShouldNotBeNull();
        (format.ContentType, format.Extension).ShouldBe((contentType, extension));
    }

    [Theory]
    [InlineData("image", "empty.gif")]
    [InlineData("image", "empty.bmp")]
    [InlineData("image", "empty.avif")]
    [InlineData("image", "empty.tif")]
    [InlineData("slide", "empty.pptx")]
    [InlineData("document", "empty.odt")]
    [InlineData("document", "empty.rtf")]
    [InlineData("archive", "empty.zip")]
    [InlineData("archive", "empty.7z")]
    public void OtherFormats_AreNotRecognised(string folder, string name) => FileSniffer.Recognise(Sample(folder, name)).ShouldBeNull();

    [Fact]
    public void Heic_IsRecognisedByACompatibleBrandToo() =>
        FileSniffer.Recognise([0, 0, 0, 0x18, .. "ftypmif1\0\0\0\0mif1heic"u8]).ShouldBe(FileFormat.Heic);

    [Fact]
    public void OfficeOpenXml_IsTheZipPackageHoldingItsMainPart()
    {
        FileSniffer.Recognise(Zip("word/document.xml")).ShouldBe(FileFormat.Docx);
        FileSniffer.Recognise(Zip("xl/workbook.xml")).ShouldBe(FileFormat.Xlsx);
        FileSniffer.Recognise(Zip("readme.txt")).ShouldBeNull();
        FileSniffer.Recognise([.. "PK"u8, 3, 4, .. "broken"u8]).ShouldBeNull();
    }

    [Fact]
    public void LegacyOffice_IsTheCompoundFileHoldingItsMainStream()
    {
        FileSniffer.Recognise(CompoundFile("WordDocument")).ShouldBe(FileFormat.Doc);
        FileSniffer.Recognise(CompoundFile("Workbook")).ShouldBe(FileFormat.Xls);
        FileSniffer.Recognise(CompoundFile("Book")).ShouldBe(FileFormat.Xls);
        FileSniffer.Recognise(CompoundFile("PowerPoint Document")).ShouldBeNull();
    }

    [Fact]
    public void DamagedCompoundFiles_AreRefusedWithoutError()
    {
        var truncated = CompoundFile("WordDocument")[..600];
        var looping = CompoundFile("WordDocument");
        BinaryPrimitives.WriteUInt32LittleEndian(looping.AsSpan(512 + 8), 1);
        var wildDirectory = CompoundFile("WordDocument");
        BinaryPrimitives.WriteUInt32LittleEndian(wildDirectory.AsSpan(0x30), 0x7FFFFFFF);

        FileSniffer.Recognise(truncated).ShouldBeNull();
        FileSniffer.Recognise(wildDirectory).ShouldBeNull();
        FileSniffer.Recognise(looping).ShouldBe(FileFormat.Doc);
    }

    [Fact]
    public void HeaderLookalikes_AreNotEnough()
    {
        FileSniffer.Recognise("RIFF\0\0\0\0WAVE"u8.ToArray()).ShouldBeNull();
        FileSniffer.Recognise([0, 0, 0, 0x18, .. "ftypmp42\0\0\0\0isommp42"u8]).ShouldBeNull();
        FileSniffer.Recognise([0, 0, 0, 0x10, .. "ftypmif1\0\0\0\0heic"u8]).ShouldBeNull();
        FileSniffer.Recognise("照片"u8.ToArray()).ShouldBeNull();
        FileSniffer.Recognise([]).ShouldBeNull();
    }

    private static byte[] Zip(string entry)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<x/>");
        }

        return memory.ToArray();
    }

    /// <summary>A minimal compound file of 512-byte sectors: sector 0 is the FAT, the directory runs over sectors 1 and 2, the stream's entry in the second.</summary>
    private static byte[] CompoundFile(string stream)
    {
        var file = new byte[512 * 4];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(0x1E), 9);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x2C), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x30), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x44), EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x4C), 0);
        uint[] fat = [0xFFFFFFFD, 2, EndOfChain];
        for (var i = 0; i < fat.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(512 + (i * 4)), fat[i]);
        }

        Entry(file, 1024, "Root Entry", 5);
        Entry(file, 1536, stream, 2);
        return file;
    }

    private static void Entry(byte[] file, int offset, string name, byte type)
    {
        var bytes = Encoding.Unicode.GetBytes(name);
        bytes.CopyTo(file, offset);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(offset + 0x40), (ushort)(bytes.Length + 2));
        file[offset + 0x42] = type;
    }
}

using System.Security.Cryptography;
using EduGov.Platform.Errors;

namespace EduGov.Platform.Files;

/// <summary>A file as it was uploaded: the name it came with and its bytes. Neither is trusted until <see cref="FileCheck"/> verifies it.</summary>
public sealed record UploadedFile(string FileName, byte[] Content)
{
    /// <summary>A file posted to the API as JSON, its content in Base64.</summary>
    public static UploadedFile FromBase64(string fileName, string contentBase64, string field)
    {
        try
        {
            return new UploadedFile(fileName, Convert.FromBase64String(contentBase64));
        }
        catch (FormatException)
        {
            throw new InvalidInputException(field, $"“{FileCheck.PlainName(fileName)}”的内容不是有效的 Base64");
        }
    }
}

/// <summary>An upload that passed its policy: the name to store it under (its extension set by its content), its real format and its SHA-256.</summary>
public sealed record VerifiedFile(string FileName, FileFormat Format, string Sha256, byte[] Content)
{
    public string ContentType => Format.ContentType;

    public long Length => Content.Length;
}

/// <summary>
/// The one check every upload goes through: not empty, within the size and count limits, and one of the allowed kinds
/// judged by its content. A refusal is an <see cref="InvalidInputException"/> keyed by the caller's field, naming the file.
/// </summary>
public static class FileCheck
{
    private const int MaxNameLength = 150;

    /// <summary>Verifies one file, or throws with a Chinese message naming it.</summary>
    public static VerifiedFile Verify(UploadedFile file, FilePolicy policy, string field)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(policy);
        var format = FormatOf(file, policy, out var problem);
        return format is null
            ? throw new InvalidInputException(field, problem!)
            : new VerifiedFile(StoredName(file.FileName, format, policy), format, Sha256Of(file.Content), file.Content);
    }

    /// <summary>Verifies every file and their count, or throws at the first that fails.</summary>
    public static IReadOnlyList<VerifiedFile> VerifyAll(IReadOnlyList<UploadedFile> files, FilePolicy policy, string field)
    {
        ArgumentNullException.ThrowIfNull(files);
        DemandCount(files.Count, policy, field);
        return [.. files.Select(f => Verify(f, policy, field))];
    }

    /// <summary>Refuses more files at once than the policy allows.</summary>
    public static void DemandCount(int count, FilePolicy policy, string field)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (count > policy.MaxCount)
        {
            throw new InvalidInputException(field, $"一次最多上传 {policy.MaxCount} 个文件");
        }
    }

    /// <summary>Why the file is refused, or null when it is acceptable; for validators that gather every problem of a form.</summary>
    public static string? ProblemOf(UploadedFile file, FilePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(policy);
        FormatOf(file, policy, out var problem);
        return problem;
    }

    /// <summary>The SHA-256 of the content, as lower-case hex.</summary>
    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The name without any folder a browser or client may have sent with it.</summary>
    public static string PlainName(string fileName) => Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();

    private static FileFormat? FormatOf(UploadedFile file, FilePolicy policy, out string? problem)
    {
        var name = PlainName(file.FileName);
        var shown = name.Length == 0 ? policy.UnnamedAs : name;
        var format = file.Content.Length > 0 && file.Content.Length <= policy.MaxBytes ? FileSniffer.Recognise(file.Content) : null;
        problem = file.Content.Length == 0 ? (name.Length == 0 ? "请选择要上传的文件" : $"“{name}”是空文件")
            : file.Content.Length > policy.MaxBytes ? $"“{shown}”超过 {policy.SizeText}"
            : format is null || !policy.Allowed.HasFlag(format.Kind) ? $"“{shown}”不是 {policy.KindsText}"
            : null;
        return problem is null ? format : null;
    }

    /// <summary>The plain name, shortened to fit, with the extension its content deserves (a JPEG named .pdf is stored as .jpg).</summary>
    private static string StoredName(string fileName, FileFormat format, FilePolicy policy)
    {
        var stem = Path.GetFileNameWithoutExtension(PlainName(fileName)).Trim();
        return (stem.Length == 0 ? policy.UnnamedAs : stem[..Math.Min(stem.Length, MaxNameLength)]) + format.Extension;
    }
}

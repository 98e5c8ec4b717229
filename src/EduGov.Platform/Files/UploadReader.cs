using EduGov.Platform.Errors;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;

namespace EduGov.Platform.Files;

/// <summary>Reads a file chosen on a page into an <see cref="UploadedFile"/>, refusing one over the policy's size before reading it.</summary>
public static class UploadReader
{
    /// <summary>A file from an interactive page's file input.</summary>
    public static async Task<UploadedFile> ReadAsync(IBrowserFile file, FilePolicy policy, string field, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(policy);
        DemandSize(file.Name, file.Size, policy, field);
        await using var stream = file.OpenReadStream(policy.MaxBytes, ct);
        return new UploadedFile(file.Name, await ReadAllAsync(stream, ct));
    }

    /// <summary>
    /// Reads the files chosen on a page into <paramref name="chosen"/>, each checked at once (with those already chosen)
    /// so the page refuses a bad one before the form is sent; returns why the last refused file was refused, or null.
    /// </summary>
    public static async Task<string?> AddCheckedAsync(List<UploadedFile> chosen, IEnumerable<IBrowserFile>? files, FilePolicy policy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        string? problem = null;
        foreach (var file in files ?? [])
        {
            try
            {
                FileCheck.DemandCount(chosen.Count + 1, policy, "Files");
                var upload = await ReadAsync(file, policy, "Files", ct);
                FileCheck.Verify(upload, policy, "Files");
                chosen.Add(upload);
            }
            catch (InvalidInputException e)
            {
                problem = e.Message;
            }
        }

        return problem;
    }

    /// <summary>A file posted with a static page's form.</summary>
    public static async Task<UploadedFile> ReadAsync(IFormFile file, FilePolicy policy, string field, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(policy);
        DemandSize(file.FileName, file.Length, policy, field);
        await using var stream = file.OpenReadStream();
        return new UploadedFile(file.FileName, await ReadAllAsync(stream, ct));
    }

    private static void DemandSize(string name, long size, FilePolicy policy, string field)
    {
        if (size > policy.MaxBytes)
        {
            throw new InvalidInputException(field, $"“{FileCheck.PlainName(name)}”超过 {policy.SizeText}");
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken ct)
    {
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, ct);
        return memory.ToArray();
    }
}

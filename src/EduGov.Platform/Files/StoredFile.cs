using Microsoft.AspNetCore.Http;

namespace EduGov.Platform.Files;

/// <summary>A stored upload on its way back to a browser: the name it was stored under, its verified content type and its bytes.</summary>
public sealed record StoredFile(string FileName, string ContentType, byte[] Content)
{
    /// <summary>
    /// The download response: an attachment whose Content-Disposition carries the name both plain and UTF-8 encoded
    /// (RFC 6266 <c>filename*</c>), so a Chinese name survives every browser.
    /// </summary>
    public IResult ToResult() => Results.File(Content, ContentType, FileName);
}

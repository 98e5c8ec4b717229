using EduGov.Platform.Audit;

namespace EduGov.Inspection.Domain;

/// <summary>A photo or file attached to a visit, an issue step or an inspector; stored in the database with its SHA-256.</summary>
internal sealed class Attachment
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public AttachmentOwner OwnerKind { get; set; }
    public Guid OwnerId { get; set; }

    /// <summary>The school the attachment concerns, for scope checks on download; null for an inspector's photo.</summary>
    public Guid? SchoolId { get; set; }

    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";

    [NotAudited]
    public byte[] Content { get; set; } = [];

    public string UploadedByName { get; set; } = "";
    public DateTime UploadedAt { get; set; }
}

using EduGov.Platform.Audit;
namespace EduGov.Admission.Domain;

/// <summary>A parent's portal account: just a phone number, proven by a one-time code at each sign-in.</summary>
public sealed class ParentAccount
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    [NotAudited]
    public string PhoneCipher { get; set; } = "";
    [NotAudited]
    public string PhoneLookup { get; set; } = "";
    public string PhoneMasked { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? LastSignInAt { get; set; }
}

/// <summary>A one-time sign-in code; only its hash is stored, it expires, and it allows a few attempts.</summary>
public sealed class OneTimeCode
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string PhoneLookup { get; set; } = "";
    [NotAudited]
    public string CodeHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public int Attempts { get; set; }
    public bool Used { get; set; }
}

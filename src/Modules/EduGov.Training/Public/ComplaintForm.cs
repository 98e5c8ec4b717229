using EduGov.Platform.Files;
using EduGov.Training.Complaints;
using EduGov.Training.Domain;

namespace EduGov.Training.Public;

/// <summary>The public complaint form as posted (plain strings, checked by the handler's validator).</summary>
public sealed class ComplaintForm
{
    public Guid? InstitutionId { get; set; }
    public string? InstitutionName { get; set; }
    public ComplaintCategory? Category { get; set; }
    public string? Text { get; set; }
    public string? ComplainantName { get; set; }
    public string? Phone { get; set; }

    /// <summary>A complaint against a listed institution when one was chosen or its exact name typed, else against the name as typed.</summary>
    public SubmitComplaint.Command ToCommand(IReadOnlyList<PublicLists.Choice> choices, UploadedFile? photo)
    {
        var typed = (InstitutionName ?? "").Trim();
        var institution = InstitutionId ?? choices.FirstOrDefault(c => c.Name == typed)?.Id;
        return new SubmitComplaint.Command(
            ComplaintChannel.Website, institution, typed, Category ?? 0, Text ?? "", ComplainantName ?? "", Phone ?? "")
        {
            Attachment = photo,
        };
    }
}

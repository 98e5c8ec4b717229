using EduGov.Inspection.Domain;
using EduGov.Platform.Errors;

namespace EduGov.Inspection.Issues;

/// <summary>Checks the text of a new issue: what was found, against which rule, by when.</summary>
internal static class IssueRules
{
    public const int MaxDescription = 2000;
    public const int MaxRule = 500;

    public static void Validate(NewIssue issue, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(issue.Description))
        {
            errors[nameof(NewIssue.Description)] = ["请描述发现的问题"];
        }
        else if (issue.Description.Trim().Length > MaxDescription)
        {
            errors[nameof(NewIssue.Description)] = [$"问题描述不能超过 {MaxDescription} 字"];
        }

        if (string.IsNullOrWhiteSpace(issue.Rule))
        {
            errors[nameof(NewIssue.Rule)] = ["请写明违反的规定（依据）"];
        }
        else if (issue.Rule.Trim().Length > MaxRule)
        {
            errors[nameof(NewIssue.Rule)] = [$"依据不能超过 {MaxRule} 字"];
        }

        if (!Enum.IsDefined(issue.Item))
        {
            errors[nameof(NewIssue.Item)] = ["请选择督导事项"];
        }

        if (!Enum.IsDefined(issue.Severity))
        {
            errors[nameof(NewIssue.Severity)] = ["请选择严重程度"];
        }

        if (issue.Deadline is { } deadline && deadline <= today)
        {
            errors[nameof(NewIssue.Deadline)] = ["整改期限必须晚于今天"];
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}

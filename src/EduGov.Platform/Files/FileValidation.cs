using FluentValidation;

namespace EduGov.Platform.Files;

public static class FileValidation
{
    /// <summary>Applies <see cref="FileCheck"/> as a FluentValidation rule, so a refused file is reported with the form's other problems; no file passes.</summary>
    public static IRuleBuilderOptionsConditions<T, UploadedFile?> MustPass<T>(this IRuleBuilder<T, UploadedFile?> rule, FilePolicy policy) =>
        rule.Custom((file, context) =>
        {
            if (file is not null && FileCheck.ProblemOf(file, policy) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
}

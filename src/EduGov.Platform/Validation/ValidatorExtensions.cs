using EduGov.Platform.Errors;
using FluentValidation;

namespace EduGov.Platform.Validation;

public static class ValidatorExtensions
{
    /// <summary>The server is authoritative: every handler validates again, whatever the page already checked.</summary>
    public static async Task EnsureValidAsync<T>(this IValidator<T> validator, T instance, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(instance, ct);
        if (!result.IsValid)
        {
            throw new InvalidInputException(result.Errors
                .GroupBy(e => e.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
        }
    }

    /// <summary>Applies a Standards validator (returning a Chinese error) as a FluentValidation rule.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> MustSatisfy<T>(this IRuleBuilder<T, string?> rule, Func<string?, Standards.ValidationResult> check) =>
        rule.Custom((value, context) =>
        {
            var result = check(value);
            if (!result.IsValid)
            {
                context.AddFailure(result.Error ?? "格式不正确");
            }
        });
}

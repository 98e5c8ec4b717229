namespace EduGov.Platform.Errors;

/// <summary>A rule of the domain was broken; the message is shown to the user as it is (Chinese).</summary>
public abstract class DomainException(string message) : Exception(message)
{
    public abstract int StatusCode { get; }
}

public sealed class NotFoundException(string message) : DomainException(message)
{
    public override int StatusCode => 404;
}

public sealed class ForbiddenException(string message) : DomainException(message)
{
    public override int StatusCode => 403;
}

public sealed class ConflictException(string message) : DomainException(message)
{
    public override int StatusCode => 409;
}

public sealed class InvalidInputException : DomainException
{
    public InvalidInputException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join("；", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
    }

    public InvalidInputException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public override int StatusCode => 400;
}

using EduGov.Admission;
using EduGov.Inspection;
using EduGov.Platform.Modules;
using EduGov.Registry;
using EduGov.Training;

namespace EduGov.Web;

/// <summary>The one list of the platform's modules. A module joins the platform by being added here.</summary>
public static class Modules
{
    public static IReadOnlyList<IEduGovModule> All { get; } = [new RegistryModule(), new InspectionModule(), new AdmissionModule(), new TrainingModule()];
}

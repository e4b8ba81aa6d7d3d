import ArgumentParser
import PlanningModel

extension OutputLanguage: ExpressibleByArgument {}

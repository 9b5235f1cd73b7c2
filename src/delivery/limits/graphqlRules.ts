import { GraphQLError, Kind } from 'graphql'
import type {
  ASTNode,
  ExecutionArgs,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql'

import { MAX_LIMIT } from './restBounds'

/** Deep enough for a page of documents with relations of relations, and no deeper. */
export const MAX_QUERY_DEPTH = 8
/** Aliases let one request repeat an expensive field; a page needs only a handful. */
export const MAX_ALIASES = 20
/** Payload's default is 1000; relationship fields weigh 10, so 300 still fits a full page. */
export const MAX_COMPLEXITY = 300

const isIntrospection = (name: string) => name.startsWith('__')

/** The deepest nesting below `selectionSet`, following fragments once each. */
const depthOf = (
  selectionSet: SelectionSetNode | undefined,
  context: ValidationContext,
  seen: Set<string>,
): number => {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    let depth = 0
    if (selection.kind === Kind.FIELD) {
      // Introspection has its own switch (`disableIntrospectionInProduction`) and a fixed shape.
      if (isIntrospection(selection.name.value)) continue
      depth = selection.selectionSet ? 1 + depthOf(selection.selectionSet, context, seen) : 0
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, context, seen)
    } else {
      const name = selection.name.value
      const fragment = context.getFragment(name)
      if (fragment && !seen.has(name)) {
        depth = depthOf(fragment.selectionSet, context, new Set([...seen, name]))
      }
    }
    deepest = Math.max(deepest, depth)
  }
  return deepest
}

/** Refuses operations nested deeper than `maxDepth` object levels. */
export const depthLimit =
  (maxDepth: number = MAX_QUERY_DEPTH): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, context, new Set())
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`Query depth ${depth} exceeds the maximum of ${maxDepth}`, {
            nodes: [node as ASTNode],
          }),
        )
      }
    },
  })

/** Refuses documents that use more than `maxAliases` aliases in all. */
export const aliasLimit =
  (maxAliases: number = MAX_ALIASES): ValidationRule =>
  (context) => {
    let aliases = 0
    return {
      Field(node) {
        if (node.alias) aliases += 1
      },
      Document: {
        leave(node) {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(`${aliases} aliases exceed the maximum of ${maxAliases}`, {
                nodes: [node],
              }),
            )
          }
        },
      },
    }
  }

type Variables = ExecutionArgs['variableValues']

/** A literal argument value, or the variable's value from the request. */
const valueOf = (node: ValueNode, variables: Variables): unknown => {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

/** The REST page bounds for GraphQL lists: `limit` 1 to 100, and no `pagination: false`. */
export const pageBounds =
  (variables: Variables): ValidationRule =>
  (context) => ({
    Argument(node) {
      const value = valueOf(node.value, variables)
      const name = node.name.value
      const isTooLarge =
        name === 'limit' && typeof value === 'number' && (value < 1 || value > MAX_LIMIT)
      if (isTooLarge || (name === 'pagination' && value === false)) {
        const message = isTooLarge
          ? `\`limit\` must be between 1 and ${MAX_LIMIT}`
          : '`pagination: false` is not allowed; page with `page`'
        context.reportError(new GraphQLError(message, { nodes: [node] }))
      }
    },
  })

/** For `graphQL.validationRules`: Payload adds these to GraphQL's standard rules. */
export const graphqlValidationRules = (args: ExecutionArgs): ValidationRule[] => [
  depthLimit(),
  aliasLimit(),
  pageBounds(args.variableValues),
]
